import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../common/local-date.js';
import { IfGiven, messages, NotBlank } from '../../common/validation.js';
import type { PartnerKind as PartnerKindValue } from './partner.entity.js';
import { MAX_POPULATION } from './partner.rules.js';
import { PartnerKind } from './partner.type.js';

const MUNICIPALITY_NUMBER = /^[0-9]{4}$/;

@InputType({ description: 'A new partner of a community.' })
export class CreatePartnerInput {
  @Field(() => ID, { description: 'The community the partner joins.' })
  communityId: string;

  @Field(() => String, { description: 'Name, e.g. "Rana".' })
  @IsString()
  @NotBlank()
  @MaxLength(200, { message: messages.maxLength(200) })
  name: string;

  @Field(() => PartnerKind, { description: 'Municipality or hospital trust.' })
  @IsIn(Object.values(PartnerKind))
  kind: PartnerKindValue;

  @Field(() => String, { nullable: true, description: 'Four digits, required for municipalities, unique in the community.' })
  @IsOptional()
  @Matches(MUNICIPALITY_NUMBER, { message: 'must be four digits, e.g. "1833"' })
  municipalityNumber?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Date the partner joined.' })
  joinedOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Date the partner left.' })
  leftOn?: string | null;
}

@InputType({ description: 'Changes to a partner; fields left out stay as they are, null clears a date.' })
export class UpdatePartnerInput {
  @Field(() => String, { nullable: true, description: 'Name.' })
  @IfGiven()
  @IsString()
  @NotBlank()
  @MaxLength(200, { message: messages.maxLength(200) })
  name?: string;

  @Field(() => String, { nullable: true, description: 'Four digits, municipalities only.' })
  @IfGiven()
  @Matches(MUNICIPALITY_NUMBER, { message: 'must be four digits, e.g. "1833"' })
  municipalityNumber?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Date the partner joined; null clears it.' })
  joinedOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last day as a member; null clears it.' })
  leftOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Date written notice of leaving was given; null withdraws it.' })
  noticeGivenOn?: string | null;
}

@InputType({ description: "A partner's written notice of leaving." })
export class GivePartnerNoticeInput {
  @Field(() => LocalDate, { description: 'The date the written notice was given.' })
  noticeGivenOn: string;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'The last day as a member: 31 December of a budget year at least one year after the notice; left out, the earliest such day.',
  })
  leftOn?: string | null;
}

@InputType({ description: "A municipality's population per 1 January of a year." })
export class SetPopulationInput {
  @Field(() => ID, { description: 'The municipality.' })
  partnerId: string;

  @Field(() => Int, { description: 'The year; the figure is per 1 January of it.' })
  @IsInt({ message: messages.wholeNumber })
  @Min(1900, { message: 'must be 1900 or later' })
  @Max(2200, { message: 'must be 2200 or earlier' })
  year: number;

  @Field(() => Int, { description: `Number of inhabitants, from 0 to ${MAX_POPULATION}.` })
  @IsInt({ message: messages.wholeNumber })
  @Min(0, { message: messages.nonNegative })
  @Max(MAX_POPULATION, { message: `must be at most ${MAX_POPULATION}` })
  population: number;
}
