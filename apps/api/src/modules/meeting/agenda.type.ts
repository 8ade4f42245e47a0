import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../common/local-date.js';
import type { CaseStatus, RecordAccess } from '../case/case.entity.js';
import type { MeetingBreachKind as MeetingBreachKindValue } from './agenda.rules.js';

export const MeetingBreachKind = {
  LATE_CASE: 'LATE_CASE',
  NOTICE_LATE: 'NOTICE_LATE',
  NOTICE_OVERDUE: 'NOTICE_OVERDUE',
  MINUTES_PUBLISHED_LATE: 'MINUTES_PUBLISHED_LATE',
  MINUTES_OVERDUE: 'MINUTES_OVERDUE',
} as const satisfies Record<MeetingBreachKindValue, MeetingBreachKindValue>;

registerEnumType(MeetingBreachKind, {
  name: 'MeetingBreachKind',
  description: "A rule of the organ's procedure a meeting did not keep.",
  valuesConfig: {
    LATE_CASE: { description: "A case on the agenda was submitted after the deadline (with or without the chair's exception)." },
    NOTICE_LATE: { description: 'The notice was sent later than the notice period allows.' },
    NOTICE_OVERDUE: { description: 'The notice should have been sent by now and has not been.' },
    MINUTES_PUBLISHED_LATE: {
      description: "The minutes were published after the organ's deadline (the meeting's date plus its protocol deadline).",
    },
    MINUTES_OVERDUE: { description: "The meeting was held and its minutes are not published by the organ's deadline." },
  },
});

@ObjectType({ description: "A case on a meeting's agenda, in its place." })
export class AgendaItem {
  meetingId: string;
  caseId: string;
  caseCommunityId: string;
  caseStatus: CaseStatus;
  caseAccess: RecordAccess;

  @Field(() => Int, { description: 'The place on the agenda, from 1.' })
  position: number;

  @Field(() => LocalDate, { nullable: true, description: 'The day the case was submitted.' })
  submittedOn: string | null;

  @Field(() => Boolean, { description: "Whether the case was submitted after the organ's deadline for this meeting." })
  submittedLate: boolean;

  /** Read through the case policy: an exempt case's exception may speak of its content. */
  lateExceptionReason: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When the chair's exception was recorded." })
  lateExceptionRecordedAt: Date | null;
}

@ObjectType({ description: "A rule of the organ's procedure the meeting did not keep, shown on the meeting." })
export class MeetingBreach {
  @Field(() => MeetingBreachKind, { description: 'What was not kept.' })
  kind: MeetingBreachKindValue;

  /** The late case, for LATE_CASE; the agenda item shows which. */
  caseId: string | null;

  @Field(() => Int, { nullable: true, description: 'For a late case: its place on the agenda.' })
  position: number | null;

  @Field(() => LocalDate, { description: 'The deadline that was not kept.' })
  deadline: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'When it happened instead (the case submitted, the notice sent); null while it has not.',
  })
  actual: string | null;

  @Field(() => Boolean, { description: "For a late case: whether the chair's exception is recorded." })
  excepted: boolean;
}
