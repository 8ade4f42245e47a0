import { ArrayMaxSize, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { messages, NotBlank } from '../../common/validation.js';
import { MAX_POPULATION } from '../partner/partner.rules.js';
import { MAX_KRONER } from './allocation.js';

/** Norway has 357 municipalities; a what-if may list them all (and CostAllocation.lines is costed so). */
const MAX_MUNICIPALITIES = 400;

@InputType({ description: 'A municipality in a what-if allocation.' })
export class WhatIfMunicipalityInput {
  @Field(() => String, { description: 'Four-digit municipality number, unique in the list.' })
  municipalityNumber: string;

  @Field(() => String, { nullable: true, description: 'Name, shown in the result.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: messages.maxLength(200) })
  name?: string | null;

  @Field(() => Int, {
    description: `Population per 1 January, 0 to ${MAX_POPULATION}; 0 means the municipality does not take part (as Bindal in the seed table).`,
  })
  population: number;
}

@InputType({ description: 'Figures for an allocation that is not stored: try other shares, ratios or populations.' })
export class CostAllocationWhatIfInput {
  @Field(() => SafeIntResolver, { description: `Whole kroner to split among the municipalities, 0 to ${MAX_KRONER}.` })
  municipalShare: number;

  @Field(() => Float, { nullable: true, defaultValue: 0.2, description: 'Share split in equal parts, 0 to 1 (default 0.2).' })
  fixedShareRatio: number;

  @Field(() => [WhatIfMunicipalityInput], { description: 'The municipalities and their populations.' })
  @ArrayMaxSize(MAX_MUNICIPALITIES, { message: `must list at most ${MAX_MUNICIPALITIES} municipalities` })
  @ValidateNested()
  municipalities: WhatIfMunicipalityInput[];
}

@InputType({ description: 'A cost line of a budget.' })
export class CostLineInput {
  @Field(() => String, { description: 'What the cost is.' })
  @IsString()
  @NotBlank()
  @MaxLength(200, { message: messages.maxLength(200) })
  label: string;

  @Field(() => SafeIntResolver, { description: `Whole kroner, 0 to ${MAX_KRONER}.` })
  @IsInt({ message: messages.wholeNumber })
  @Min(0, { message: messages.nonNegative })
  @Max(MAX_KRONER, { message: `must be at most ${MAX_KRONER}` })
  amount: number;
}

@InputType({ description: "The coordinator's budget for a year; replaces any budget of the same year." })
export class SaveCoordinatorBudgetInput {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => Int, { description: 'The budget year.' })
  @IsInt({ message: messages.wholeNumber })
  @Min(2000, { message: 'must be 2000 or later' })
  @Max(2200, { message: 'must be 2200 or earlier' })
  budgetYear: number;

  @Field(() => [CostLineInput], { description: 'The cost lines, in order.' })
  @ArrayMaxSize(100, { message: 'must list at most 100 cost lines' })
  @ValidateNested()
  costLines: CostLineInput[];

  @Field(() => SafeIntResolver, { description: `State grant subtracted from the total, whole kroner, 0 to ${MAX_KRONER}.` })
  @IsInt({ message: messages.wholeNumber })
  @Min(0, { message: messages.nonNegative })
  @Max(MAX_KRONER, { message: `must be at most ${MAX_KRONER}` })
  stateGrant: number;

  @Field(() => Float, { nullable: true, defaultValue: 0.2, description: 'Share split in equal parts, 0 to 1 (default 0.2).' })
  @Min(0, { message: 'must be between 0 and 1' })
  @Max(1, { message: 'must be between 0 and 1' })
  fixedShareRatio: number;

  @Field(() => Int, {
    nullable: true,
    description:
      "The version of the year's budget the change was made from (CoordinatorBudget.version, as loaded); left out only to make a year that has no budget. A save from an older version is refused with BUDGET_CHANGED.",
  })
  @IsOptional()
  @IsInt({ message: messages.wholeNumber })
  @Min(1, { message: 'must be 1 or more' })
  expectedVersion?: number | null;
}

@InputType({ description: "Starts next year's coordinator budget as a copy of a year's: its cost lines, state grant and fixed share." })
export class StartNextCoordinatorBudgetInput {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => Int, { description: 'The budget year to copy; the new budget is for the year after it.' })
  @IsInt({ message: messages.wholeNumber })
  @Min(2000, { message: 'must be 2000 or later' })
  @Max(2199, { message: 'must be 2199 or earlier' })
  fromYear: number;
}
