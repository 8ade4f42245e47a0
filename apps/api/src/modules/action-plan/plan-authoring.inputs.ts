import { ArrayMaxSize, IsIn, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  INDICATOR_VALUE_LIMIT,
  PRIORITY_PATIENT_GROUPS,
  STATUS_LEVELS,
  TEXT_LIMITS,
  type PriorityPatientGroup as PriorityPatientGroupValue,
} from '@helsefellesskap/status-schema';
import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../common/local-date.js';
import { IfGiven, messages, NotBlank } from '../../common/validation.js';
import { StatusLevel, type StatusLevelValue } from './action-plan.type.js';
import { MAX_REPORTERS_PER_MEASURE } from './plan-authoring.rules.js';

export const PriorityPatientGroup = Object.fromEntries(PRIORITY_PATIENT_GROUPS.map((group) => [group, group])) as {
  [Group in PriorityPatientGroupValue]: Group;
};
registerEnumType(PriorityPatientGroup, {
  name: 'PriorityPatientGroup',
  description: 'The four priority patient groups of the helsefellesskap.',
  valuesConfig: {
    CHILDREN_AND_YOUNG_PEOPLE: { description: 'Children and young people (barn og unge).' },
    SEVERE_MENTAL_ILLNESS_AND_SUBSTANCE_ABUSE: { description: 'People with severe mental illness and substance abuse.' },
    FRAIL_ELDERLY: { description: 'Frail elderly (skrøpelige eldre).' },
    SEVERAL_CHRONIC_ILLNESSES: { description: 'People with several chronic illnesses.' },
  },
});

export const MoveDirection = { UP: 'UP', DOWN: 'DOWN' } as const;
export type MoveDirectionValue = keyof typeof MoveDirection;
registerEnumType(MoveDirection, {
  name: 'MoveDirection',
  description: 'Which way to move an element among its siblings.',
  valuesConfig: { UP: { description: 'One place earlier.' }, DOWN: { description: 'One place later.' } },
});

const YEAR = { min: 2000, max: 2100 } as const;
const yearMessage = `must be a year from ${YEAR.min} to ${YEAR.max}`;

@InputType({ description: 'A new action plan: a draft until the partnership meeting adopts it.' })
export class CreateActionPlanInput {
  @Field(() => ID, { description: 'The community whose plan it is.' })
  communityId: string;

  @Field(() => String, { description: 'Title, e.g. "Handlingsplan 2025–2028"; unique in the community.' })
  @IsString()
  @NotBlank()
  @MaxLength(TEXT_LIMITS.title, { message: messages.maxLength(TEXT_LIMITS.title) })
  title: string;

  @Field(() => Int, { description: 'First year.' })
  @IsInt({ message: messages.wholeNumber })
  @Min(YEAR.min, { message: yearMessage })
  @Max(YEAR.max, { message: yearMessage })
  periodFrom: number;

  @Field(() => Int, { description: 'Last year: not before the first, at most ten years in all.' })
  @IsInt({ message: messages.wholeNumber })
  @Min(YEAR.min, { message: yearMessage })
  @Max(YEAR.max, { message: yearMessage })
  periodTo: number;
}

@InputType({ description: "Changes to a plan's title, and to its years while it is a draft; a field left out stays as it is." })
export class UpdateActionPlanInput {
  @Field(() => ID, { description: 'The plan.' })
  planId: string;

  @Field(() => String, { nullable: true, description: 'New title.' })
  @IfGiven()
  @IsString()
  @NotBlank()
  @MaxLength(TEXT_LIMITS.title, { message: messages.maxLength(TEXT_LIMITS.title) })
  title?: string;

  @Field(() => Int, { nullable: true, description: 'New first year (drafts only).' })
  @IfGiven()
  @IsInt({ message: messages.wholeNumber })
  @Min(YEAR.min, { message: yearMessage })
  @Max(YEAR.max, { message: yearMessage })
  periodFrom?: number;

  @Field(() => Int, { nullable: true, description: 'New last year (drafts only).' })
  @IfGiven()
  @IsInt({ message: messages.wholeNumber })
  @Min(YEAR.min, { message: yearMessage })
  @Max(YEAR.max, { message: yearMessage })
  periodTo?: number;
}

@InputType({ description: 'Adopting a draft plan: the case of the partnership meeting that adopted it.' })
export class AdoptActionPlanInput {
  @Field(() => ID, { description: 'The plan, a draft.' })
  planId: string;

  @Field(() => String, { description: 'The case that adopted it, e.g. "Partnerskapsmøtet sak 05-2025".' })
  @IsString()
  @NotBlank()
  @MaxLength(TEXT_LIMITS.name, { message: messages.maxLength(TEXT_LIMITS.name) })
  caseReference: string;
}

@InputType({ description: 'Prolonging an adopted plan beyond its period, with the reason and the case that decided it.' })
export class ProlongActionPlanInput {
  @Field(() => ID, { description: 'The plan, adopted.' })
  planId: string;

  @Field(() => String, { description: 'Why, e.g. "until its status can be reported".' })
  @IsString()
  @NotBlank()
  @MaxLength(TEXT_LIMITS.description, { message: messages.maxLength(TEXT_LIMITS.description) })
  reason: string;

  @Field(() => String, { description: 'The case that prolonged it, e.g. "SSU sak 26/2024".' })
  @IsString()
  @NotBlank()
  @MaxLength(TEXT_LIMITS.name, { message: messages.maxLength(TEXT_LIMITS.name) })
  caseReference: string;
}

@InputType({ description: 'A new focus area at the end of the plan.' })
export class AddFocusAreaInput {
  @Field(() => ID, { description: 'The plan.' })
  planId: string;

  @Field(() => String, { description: 'Title.' })
  @IsString()
  @NotBlank()
  @MaxLength(TEXT_LIMITS.title, { message: messages.maxLength(TEXT_LIMITS.title) })
  title: string;

  @Field(() => ID, {
    nullable: true,
    description: "The organ that carries it, usually a professional committee; an organ of the plan's community.",
  })
  responsibleOrganId?: string | null;
}

@InputType({ description: 'Changes to a focus area; a field left out stays as it is, a null responsible organ removes it.' })
export class UpdateFocusAreaInput {
  @Field(() => ID, { description: 'The focus area.' })
  focusAreaId: string;

  @Field(() => String, { nullable: true, description: 'New title.' })
  @IfGiven()
  @IsString()
  @NotBlank()
  @MaxLength(TEXT_LIMITS.title, { message: messages.maxLength(TEXT_LIMITS.title) })
  title?: string;

  @Field(() => ID, { nullable: true, description: 'The organ that carries it; null for none.' })
  responsibleOrganId?: string | null;
}

/** The fields a target has; shared by adding and changing one. */
@InputType('TargetFields', { description: 'The fields of a target.' })
class TargetFields {
  @Field(() => String, { nullable: true, description: 'What should be reached.' })
  @IfGiven()
  @IsString()
  @NotBlank()
  @MaxLength(TEXT_LIMITS.description, { message: messages.maxLength(TEXT_LIMITS.description) })
  description?: string;

  @Field(() => String, { nullable: true, description: 'The indicator that measures it.' })
  @IfGiven()
  @IsString()
  @NotBlank()
  @MaxLength(TEXT_LIMITS.title, { message: messages.maxLength(TEXT_LIMITS.title) })
  indicatorName?: string;

  @Field(() => String, { nullable: true, description: 'Unit of the indicator, e.g. "%" or "dager".' })
  @IfGiven()
  @IsString()
  @NotBlank()
  @MaxLength(TEXT_LIMITS.name, { message: messages.maxLength(TEXT_LIMITS.name) })
  unit?: string;

  @Field(() => Float, { nullable: true, description: `Value at the start, at most ${INDICATOR_VALUE_LIMIT} in magnitude; null for none.` })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a number' })
  @Min(-INDICATOR_VALUE_LIMIT, { message: `must be at least -${INDICATOR_VALUE_LIMIT}` })
  @Max(INDICATOR_VALUE_LIMIT, { message: `must be at most ${INDICATOR_VALUE_LIMIT}` })
  baseline?: number | null;

  @Field(() => Float, { nullable: true, description: `Value to reach, at most ${INDICATOR_VALUE_LIMIT} in magnitude; null for none.` })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a number' })
  @Min(-INDICATOR_VALUE_LIMIT, { message: `must be at least -${INDICATOR_VALUE_LIMIT}` })
  @Max(INDICATOR_VALUE_LIMIT, { message: `must be at most ${INDICATOR_VALUE_LIMIT}` })
  targetValue?: number | null;

  @Field(() => LocalDate, { nullable: true, description: 'When the work towards it starts; null for the start of the plan.' })
  startsOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'When the target value should be reached; not before the start.' })
  dueDate?: string | null;
}

@InputType({ description: 'A new target at the end of a focus area; description, indicator and unit are required.' })
export class AddTargetInput extends TargetFields {
  @Field(() => ID, { description: 'The focus area.' })
  focusAreaId: string;
}

@InputType({ description: 'Changes to a target; a field left out stays as it is.' })
export class UpdateTargetInput extends TargetFields {
  @Field(() => ID, { description: 'The target.' })
  targetId: string;
}

/** The fields a measure has; shared by adding and changing one. */
@InputType('MeasureFields', { description: 'The fields of a measure.' })
class MeasureFields {
  @Field(() => String, { nullable: true, description: 'What is done.' })
  @IfGiven()
  @IsString()
  @NotBlank()
  @MaxLength(TEXT_LIMITS.title, { message: messages.maxLength(TEXT_LIMITS.title) })
  title?: string;

  @Field(() => ID, { nullable: true, description: 'The partner that owns it (or give an organ); null for none.' })
  ownerPartnerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organ that owns it (or give a partner); null for none.' })
  ownerOrganId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: `The users who report on it (each may post its status), SSU members or the secretariat of the plan's community; at most ${MAX_REPORTERS_PER_MEASURE}; an empty list for none.`,
  })
  @IfGiven()
  @ArrayMaxSize(MAX_REPORTERS_PER_MEASURE, { message: `must name at most ${MAX_REPORTERS_PER_MEASURE} reporters` })
  reporterUserIds?: string[] | null;

  @Field(() => LocalDate, { nullable: true, description: 'Start; null for none.' })
  startsOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'End, not before the start; null for none.' })
  endsOn?: string | null;

  @Field(() => [PriorityPatientGroup], { nullable: true, description: 'The priority patient groups it serves.' })
  @IfGiven()
  @IsIn(PRIORITY_PATIENT_GROUPS, { each: true })
  @ArrayMaxSize(PRIORITY_PATIENT_GROUPS.length)
  patientGroups?: PriorityPatientGroupValue[];
}

@InputType({ description: 'A new measure at the end of a focus area; the title is required.' })
export class AddMeasureInput extends MeasureFields {
  @Field(() => ID, { description: 'The focus area.' })
  focusAreaId: string;
}

@InputType({ description: 'Changes to a measure; a field left out stays as it is.' })
export class UpdateMeasureInput extends MeasureFields {
  @Field(() => ID, { description: 'The measure.' })
  measureId: string;
}

@InputType({ description: 'Retiring a focus area, target or measure: it is kept with its history and leaves the plan from a date.' })
export class RetirePlanElementInput {
  @Field(() => ID, { description: 'The focus area, target or measure (as the mutation names).' })
  id: string;

  @Field(() => LocalDate, { nullable: true, description: 'The first day it is no longer part of the plan; today when left out.' })
  retiredOn?: string | null;
}

@InputType({ description: 'Moving a focus area, target or measure one place among its siblings; ids, history and reports stay.' })
export class MovePlanElementInput {
  @Field(() => ID, { description: 'The focus area, target or measure (as the mutation names).' })
  id: string;

  @Field(() => MoveDirection, { description: 'Up or down.' })
  direction: MoveDirectionValue;
}

@InputType({ description: 'A correcting entry for a wrong status update: it supersedes it, and both stay in the history.' })
export class CorrectStatusUpdateInput {
  @Field(() => ID, { description: 'The status update that was wrong.' })
  updateId: string;

  @Field(() => LocalDate, { nullable: true, description: 'The date the status describes; the wrong entry’s date when left out.' })
  reportedOn?: string | null;

  @Field(() => StatusLevel, { nullable: true, description: 'For a measure: the traffic light.' })
  @IsOptional()
  @IsIn(STATUS_LEVELS)
  status?: StatusLevelValue | null;

  @Field(() => Int, { nullable: true, description: 'For a measure: progress in percent.' })
  @IsOptional()
  @IsInt({ message: messages.wholeNumber })
  @Min(0, { message: 'must be between 0 and 100' })
  @Max(100, { message: 'must be between 0 and 100' })
  progress?: number | null;

  @Field(() => Float, { nullable: true, description: 'For a target: the indicator value.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a number' })
  @Min(-INDICATOR_VALUE_LIMIT, { message: `must be at least -${INDICATOR_VALUE_LIMIT}` })
  @Max(INDICATOR_VALUE_LIMIT, { message: `must be at most ${INDICATOR_VALUE_LIMIT}` })
  indicatorValue?: number | null;

  @Field(() => String, { defaultValue: '', description: 'What was wrong and what is right.' })
  @IsString()
  @MaxLength(TEXT_LIMITS.comment, { message: messages.maxLength(TEXT_LIMITS.comment) })
  comment: string;
}
