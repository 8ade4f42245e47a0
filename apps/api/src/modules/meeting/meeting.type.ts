import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../common/local-date.js';
import type { MeetingKind as MeetingKindValue, MeetingState as MeetingStateValue } from './meeting.entity.js';
import type { MeetingPlanWarning as MeetingPlanWarningValue } from './meeting.rules.js';

export const MeetingKind = { ORDINARY: 'ORDINARY', EXTRAORDINARY: 'EXTRAORDINARY' } as const satisfies Record<
  MeetingKindValue,
  MeetingKindValue
>;

registerEnumType(MeetingKind, {
  name: 'MeetingKind',
  description: 'An ordinary meeting of the yearly plan, or an extraordinary one called when needed.',
  valuesConfig: {
    ORDINARY: { description: 'Ordinary: one of the meetings of the yearly meeting plan.' },
    EXTRAORDINARY: { description: 'Extraordinary: called when needed, with its own (shorter) notice period.' },
  },
});

export const MeetingState = {
  PLANNED: 'PLANNED',
  NOTICE_SENT: 'NOTICE_SENT',
  HELD: 'HELD',
  CANCELLED: 'CANCELLED',
} as const satisfies Record<MeetingStateValue, MeetingStateValue>;

registerEnumType(MeetingState, {
  name: 'MeetingState',
  description: 'Where a meeting stands: planned, notice sent, held; or cancelled.',
  valuesConfig: {
    PLANNED: { description: 'Planned: the notice has not been sent.' },
    NOTICE_SENT: { description: 'The notice, agenda and papers have been sent to the participants.' },
    HELD: { description: 'The meeting has been held.' },
    CANCELLED: { description: 'Cancelled, with a reason; it stays in the plan as cancelled.' },
  },
});

export const MeetingPlanWarning = {
  NOT_YET_ADOPTED: 'NOT_YET_ADOPTED',
  NOT_ADOPTED_BEFORE_YEAR: 'NOT_ADOPTED_BEFORE_YEAR',
  ADOPTED_LATE: 'ADOPTED_LATE',
  FEWER_MEETINGS_THAN_RULES: 'FEWER_MEETINGS_THAN_RULES',
} as const satisfies Record<MeetingPlanWarningValue, MeetingPlanWarningValue>;

registerEnumType(MeetingPlanWarning, {
  name: 'MeetingPlanWarning',
  description:
    'What is amiss with a yearly meeting plan (the agreement: adopted before the year starts, with the meetings the rules ask for).',
  valuesConfig: {
    NOT_YET_ADOPTED: { description: 'The year has not started and the plan is not adopted yet: adopt it before 1 January.' },
    NOT_ADOPTED_BEFORE_YEAR: { description: 'The year has started and the plan is not adopted.' },
    ADOPTED_LATE: { description: 'The plan was adopted on or after 1 January of its year.' },
    FEWER_MEETINGS_THAN_RULES: { description: "Fewer ordinary meetings (not cancelled) than the organ's rules ask for in a year." },
  },
});

@ObjectType({ description: 'A meeting of an organ: when and where, open or closed, ordinary or extraordinary, and its state.' })
export class Meeting {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  communityId: string;
  organId: string;

  @Field(() => DateTimeISOResolver, {
    description: 'When the meeting starts (a moment; the date and time in Norway are `date` and `startTime`).',
  })
  startsAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the meeting ends, when known.' })
  endsAt: Date | null;

  @Field(() => LocalDate, { description: 'The date of the meeting in Norway.' })
  date: string;

  @Field(() => String, { description: 'The time the meeting starts in Norway, HH:MM.' })
  startTime: string;

  @Field(() => String, { nullable: true, description: 'The time the meeting ends in Norway, HH:MM, when known.' })
  endTime: string | null;

  @Field(() => Int, { description: 'The year of the meeting (its date in Norway): the meeting plan it belongs to.' })
  year: number;

  @Field(() => String, { nullable: true, description: 'Where the meeting is held, e.g. "Bodø, Nordlandssykehuset, møterom 1".' })
  place: string | null;

  /** Read through the policy (`Meeting.videoUrl`): a closed meeting's link is internal. */
  videoUrl: string | null;

  @Field(() => Boolean, { description: 'Open to the public; a closed meeting shows its time but not its agenda to the public.' })
  isOpen: boolean;

  @Field(() => MeetingKind, { description: 'Ordinary or extraordinary.' })
  kind: MeetingKindValue;

  @Field(() => MeetingState, { description: 'Planned, notice sent, held, or cancelled.' })
  state: MeetingStateValue;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the notice was sent.' })
  noticeSentAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the meeting was cancelled; null unless cancelled.' })
  cancellationReason: string | null;

  @Field(() => Int, { description: 'Raised on each change; a change names the version it read, and is refused if another came first.' })
  version: number;
}

@ObjectType({ description: "An organ's meeting plan for a year: its meetings, when it was adopted, and what is amiss." })
export class MeetingPlan {
  organId: string;
  communityId: string;

  @Field(() => Int, { description: 'The year.' })
  year: number;

  @Field(() => LocalDate, { nullable: true, description: 'The day the plan was adopted; null while it is not.' })
  adoptedOn: string | null;
}
