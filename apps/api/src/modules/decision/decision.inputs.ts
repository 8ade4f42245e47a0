import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { messages, NotBlank } from '../../common/validation.js';
import type { DecisionKindValue, VoteValue as VoteValueValue } from './decision.entity.js';
import { DecisionKind, VoteValue } from './decision.type.js';

/** The most people one attendance lists: SSU's 14 members, their deputies and a dozen observers fit many times. */
export const ATTENDANCE_MAX = 200;
/** The longest decision text: a long recommendation with its points, and room for what the meeting changed. */
export const DECISION_TEXT_MAX = 20_000;

@InputType({ description: 'Someone present at the meeting.' })
export class AttendeeInput {
  @Field(() => ID, { description: 'The appointment the person attends in (member, deputy or observer on the meeting date).' })
  appointmentId: string;

  @Field(() => ID, {
    nullable: true,
    description: "For a deputy standing in: the absent member's appointment (a personal deputy only for their own member).",
  })
  @IsOptional()
  standsInForAppointmentId?: string | null;
}

@InputType({ description: "A meeting's attendance as a whole: everyone present, in one change." })
export class RecordAttendanceInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => Int, {
    nullable: true,
    description: "The meeting's version read; refused with CONFLICT when another change came first. Left out: no check.",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number | null;

  @Field(() => [AttendeeInput], { description: 'Everyone present; those left out were absent.' })
  @IsArray()
  @ArrayMaxSize(ATTENDANCE_MAX, { message: `must list at most ${ATTENDANCE_MAX} people` })
  @ValidateNested()
  attendees: AttendeeInput[];
}

@InputType({ description: 'One voting member’s vote.' })
export class VoteInput {
  @Field(() => ID, { description: 'The voting person (a member present, or a deputy standing in).' })
  personId: string;

  @Field(() => VoteValue, { description: 'For, against or abstaining.' })
  @IsIn(Object.values(VoteValue))
  vote: VoteValueValue;
}

@InputType({ description: 'What was decided: the kind, the text and, for a vote that is not unanimous, every voting member’s vote.' })
class DecisionValuesInput {
  @Field(() => DecisionKind, { description: 'Consensus, vote, noted or postponed.' })
  @IsIn(Object.values(DecisionKind))
  kind: DecisionKindValue;

  @Field(() => String, { description: 'The decision text (vedtak); it may differ from the recommendation, and the difference is kept.' })
  @IsString()
  @NotBlank()
  @MaxLength(DECISION_TEXT_MAX, { message: messages.maxLength(DECISION_TEXT_MAX) })
  text: string;

  @Field(() => [VoteInput], {
    nullable: true,
    description:
      'For a vote: each voting member’s vote, all of them when not unanimous. Left out or empty: a unanimous vote. Refused for other kinds.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ATTENDANCE_MAX, { message: `must list at most ${ATTENDANCE_MAX} votes` })
  @ValidateNested()
  votes?: VoteInput[] | null;
}

@InputType({ description: "A case's decision at a meeting." })
export class RecordDecisionInput extends DecisionValuesInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => ID, { description: 'The case: on the agenda and sent out with the notice.' })
  caseId: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'For a postponed case: the later meeting of the same organ it moves to (one whose notice has not been sent; see Meeting.postponementTargets), whose agenda it joins at the end. Left out: the case waits, postponed, for the secretariat to put it on an agenda. Refused for other kinds.',
  })
  @IsOptional()
  postponedToMeetingId?: string | null;
}

@InputType({ description: 'A correction of a decision: a new decision naming the one it corrects, with the reason.' })
export class CorrectDecisionInput extends DecisionValuesInput {
  @Field(() => ID, { description: 'The current decision to correct.' })
  decisionId: string;

  @Field(() => String, { description: 'Why the decision is corrected.' })
  @IsString()
  @NotBlank()
  @MaxLength(2000, { message: messages.maxLength(2000) })
  reason: string;
}
