import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../common/local-date.js';
import { IfGiven, messages, NotBlank } from '../../common/validation.js';
import type { DecisionRule as DecisionRuleValue, OrganKind as OrganKindValue } from './organ.entity.js';
import { DecisionRule, OrganKind } from './organ.type.js';

@InputType({ description: "An organ's rules of procedure (periods in days); left-out values are unknown." })
export class OrganRulesInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: messages.wholeNumber })
  @Min(0, { message: messages.nonNegative })
  meetingsPerYear?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: messages.wholeNumber })
  @Min(0, { message: messages.nonNegative })
  caseSubmissionDeadlineDays?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: messages.wholeNumber })
  @Min(0, { message: messages.nonNegative })
  noticePeriodDays?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: messages.wholeNumber })
  @Min(0, { message: messages.nonNegative })
  noticePeriodMaxDays?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: messages.wholeNumber })
  @Min(0, { message: messages.nonNegative })
  extraordinaryNoticeDays?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: messages.wholeNumber })
  @Min(0, { message: messages.nonNegative })
  protocolDeadlineDays?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: messages.wholeNumber })
  @Min(0, { message: messages.nonNegative })
  minutesObjectionPeriodDays?: number | null;

  @Field(() => DecisionRule, { description: 'Consensus or vote.' })
  @IsIn(Object.values(DecisionRule))
  decisionRule: DecisionRuleValue;

  @Field(() => ID, { nullable: true, description: 'The organ of the same community that elects the chair and vice-chair.' })
  officersElectedByOrganId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Years a chair serves before the chair passes to the other side.' })
  @IsOptional()
  @IsInt({ message: messages.wholeNumber })
  @Min(1, { message: 'must be 1 or more' })
  chairRotationYears?: number | null;
}

@InputType({ description: 'A new organ.' })
export class CreateOrganInput {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { description: 'Name, unique in the community.' })
  @IsString()
  @NotBlank()
  @MaxLength(200, { message: messages.maxLength(200) })
  name: string;

  @Field(() => OrganKind, { description: 'The kind of body.' })
  @IsIn(Object.values(OrganKind))
  kind: OrganKindValue;

  @Field(() => LocalDate, { nullable: true })
  establishedOn?: string | null;

  @Field(() => LocalDate, { nullable: true })
  dissolvedOn?: string | null;

  @Field(() => OrganRulesInput, { description: 'Rules of procedure.' })
  @ValidateNested()
  rules: OrganRulesInput;
}

@InputType({ description: 'Changes to an organ; fields left out stay as they are, null clears a date.' })
export class UpdateOrganInput {
  @Field(() => String, { nullable: true })
  @IfGiven()
  @IsString()
  @NotBlank()
  @MaxLength(200, { message: messages.maxLength(200) })
  name?: string;

  @Field(() => OrganKind, { nullable: true })
  @IfGiven()
  @IsIn(Object.values(OrganKind))
  kind?: OrganKindValue;

  @Field(() => LocalDate, { nullable: true })
  establishedOn?: string | null;

  @Field(() => LocalDate, { nullable: true })
  dissolvedOn?: string | null;

  @Field(() => OrganRulesInput, { nullable: true, description: 'The complete new rules of procedure.' })
  @IfGiven()
  @ValidateNested()
  rules?: OrganRulesInput;
}
