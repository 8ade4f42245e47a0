import { IsIn, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { INDICATOR_VALUE_LIMIT, STATUS_LEVELS, TEXT_LIMITS } from '@helsefellesskap/status-schema';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../common/local-date.js';
import { messages, NotBlank } from '../../common/validation.js';
import { StatusLevel, type StatusLevelValue } from './action-plan.type.js';

@InputType({ description: 'A dated status entry for a measure (status, progress) or a target (indicator value).' })
export class PostStatusUpdateInput {
  @Field(() => ID, { nullable: true, description: 'The measure; or give targetId.' })
  measureId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The target; or give measureId.' })
  targetId?: string | null;

  @Field(() => LocalDate, {
    description: "The date the status describes: within the plan's years, not in the future, and for a measure not before it starts.",
  })
  reportedOn: string;

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

  @Field(() => Float, {
    nullable: true,
    description: `For a target: the indicator value, at most ${INDICATOR_VALUE_LIMIT} in magnitude; a share (unit %) from 0 to 100.`,
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a number' })
  @Min(-INDICATOR_VALUE_LIMIT, { message: `must be at least -${INDICATOR_VALUE_LIMIT}` })
  @Max(INDICATOR_VALUE_LIMIT, { message: `must be at most ${INDICATOR_VALUE_LIMIT}` })
  indicatorValue?: number | null;

  @Field(() => String, { defaultValue: '', description: 'What happened, what is next.' })
  @IsString()
  @MaxLength(TEXT_LIMITS.comment, { message: messages.maxLength(TEXT_LIMITS.comment) })
  comment: string;
}

@InputType({ description: 'Freeze a year’s status report and attach it to a case.' })
export class FreezeStatusReportInput {
  @Field(() => ID, { description: 'The plan.' })
  planId: string;

  @Field(() => Int, { description: 'The year.' })
  @IsInt({ message: messages.wholeNumber })
  year: number;

  @Field(() => String, { description: 'The case the report is attached to, e.g. "SSU sak 04/2025".' })
  @IsString()
  @NotBlank()
  @MaxLength(200, { message: messages.maxLength(200) })
  caseReference: string;
}
