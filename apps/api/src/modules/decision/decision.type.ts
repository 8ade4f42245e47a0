import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../common/local-date.js';
import type { CaseStatus, RecordAccess } from '../case/case.entity.js';
import type { MeetingKind as MeetingKindValue } from '../meeting/meeting.entity.js';
import { MeetingKind } from '../meeting/meeting.type.js';
import type { DecisionKindValue, VoteValue as VoteValueValue } from './decision.entity.js';
import type { QuorumRule as QuorumRuleValue } from './decision.rules.js';

export const DecisionKind = {
  CONSENSUS: 'CONSENSUS',
  VOTE: 'VOTE',
  NOTED: 'NOTED',
  POSTPONED: 'POSTPONED',
} as const satisfies Record<DecisionKindValue, DecisionKindValue>;

registerEnumType(DecisionKind, {
  name: 'DecisionKind',
  description: 'How a case was settled at a meeting (seed 002 § 4-2, § 4-3).',
  valuesConfig: {
    CONSENSUS: { description: 'Decided by consensus: binds the partners.' },
    VOTE: { description: 'Decided by vote; each voting member’s vote is recorded when it is not unanimous.' },
    NOTED: { description: 'Taken to notice ("tatt til orientering").' },
    POSTPONED: { description: 'Postponed: the case moves to a later meeting (postponedToMeetingId), or waits to go on a later agenda.' },
  },
});

export const VoteValue = { YES: 'YES', NO: 'NO', ABSTAIN: 'ABSTAIN' } as const satisfies Record<VoteValueValue, VoteValueValue>;

registerEnumType(VoteValue, {
  name: 'VoteValue',
  description: 'One voting member’s vote.',
  valuesConfig: {
    YES: { description: 'For.' },
    NO: { description: 'Against.' },
    ABSTAIN: { description: 'Abstains.' },
  },
});

export const QuorumRule = { THOSE_PRESENT: 'THOSE_PRESENT' } as const satisfies Record<QuorumRuleValue, QuorumRuleValue>;

registerEnumType(QuorumRule, {
  name: 'QuorumRule',
  description: 'How an organ is quorate.',
  valuesConfig: {
    THOSE_PRESENT: { description: 'Quorate with the voting members present (seed 002 § 4-3 pt 9).' },
  },
});

@ObjectType({
  description: 'Someone who attended a meeting: a member, a deputy (standing in for an absent member, or not) or an observer.',
})
export class Attendee {
  @Field(() => ID, { description: 'The appointment the person attended in.' })
  appointmentId: string;

  @Field(() => ID, { description: "The person's id." })
  personId: string;

  @Field(() => String, { description: 'Name.' })
  name: string;

  @Field(() => String, { description: 'The seat.' })
  seatLabel: string;

  @Field(() => String, { description: 'The role on the meeting date: MEMBER, PERSONAL_DEPUTY, DEPUTY or OBSERVER.' })
  role: string;

  @Field(() => Boolean, {
    description: 'Whether the person votes: a permanent member on a voting seat, or a deputy standing in for one; never an observer.',
  })
  votes: boolean;

  @Field(() => ID, { nullable: true, description: "The absent member's appointment the deputy stood in for; null otherwise." })
  standsInForAppointmentId: string | null;

  @Field(() => String, { nullable: true, description: 'The name of the absent member the deputy stood in for; null otherwise.' })
  standsInForName: string | null;
}

@ObjectType({ description: 'Whether a meeting was quorate, from its attendance and the organ’s rule.' })
export class Quorum {
  @Field(() => Int, { description: 'How many present vote (members on voting seats, deputies standing in for them).' })
  votingPresent: number;

  @Field(() => Boolean, { description: 'Whether the meeting is quorate; false until the attendance is recorded.' })
  quorate: boolean;

  @Field(() => QuorumRule, { description: 'The rule applied.' })
  rule: QuorumRuleValue;
}

@ObjectType({
  description:
    'A line of the attendance sheet: a member, deputy or observer of the organ on the meeting date, present as recorded (or, before anything is recorded, as the absences and called-in deputies suggest). Not public.',
})
export class AttendanceSheetLine {
  @Field(() => ID, { description: 'The appointment.' })
  appointmentId: string;

  @Field(() => ID, { description: "The person's id." })
  personId: string;

  @Field(() => String, { description: 'Name.' })
  name: string;

  @Field(() => String, { description: 'The seat.' })
  seatLabel: string;

  @Field(() => String, { description: 'MEMBER, PERSONAL_DEPUTY, DEPUTY or OBSERVER.' })
  role: string;

  @Field(() => Boolean, { description: 'Whether the seat votes.' })
  seatVoting: boolean;

  @Field(() => ID, { nullable: true, description: "A personal deputy's member; null for others." })
  deputyForAppointmentId: string | null;

  @Field(() => Int, { nullable: true, description: "Place on the hospital's deputy list; null for others." })
  deputyRank: number | null;

  @Field(() => Boolean, { description: 'Whether a member reported absence (forfall).' })
  absenceReported: boolean;

  @Field(() => Boolean, { description: 'Present: as recorded, or as suggested before the attendance is recorded.' })
  present: boolean;

  @Field(() => ID, {
    nullable: true,
    description: "For a deputy, the absent member's appointment stood in for: as recorded, or the absence the deputy was called in for.",
  })
  standsInForAppointmentId: string | null;

  @Field(() => [ID], {
    description: 'The absent members this line may stand in for: a personal deputy’s own member, a list deputy’s hospital members.',
  })
  mayStandInFor: string[];
}

@ObjectType({ description: 'One voting member’s vote on a decision by vote.' })
export class DecisionVote {
  @Field(() => ID, { description: "The person's id." })
  personId: string;

  @Field(() => String, { description: 'Name.' })
  name: string;

  @Field(() => VoteValue, { description: 'For, against or abstaining.' })
  vote: VoteValueValue;
}

@ObjectType({ description: 'The counts of a decision by vote.' })
export class VoteCounts {
  @Field(() => Int, { description: 'For.' })
  yes: number;

  @Field(() => Int, { description: 'Against.' })
  no: number;

  @Field(() => Int, { description: 'Abstaining.' })
  abstain: number;

  @Field(() => Boolean, { description: 'Whether the vote was unanimous (a vote without individual votes was).' })
  unanimous: boolean;
}

@ObjectType({
  description:
    "A case's decision at a meeting. Immutable: a correction is a new decision naming the one it corrects, with the reason. On an exempt case its content (text, recommendation, votes) is shown only to those who may read the case's content.",
})
export class Decision {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => ID, { description: 'The case.' })
  caseId: string;

  @Field(() => String, { description: 'The case reference, e.g. "SSU sak 26/2024".' })
  caseReference: string;

  @Field(() => DecisionKind, { description: 'Consensus, vote, noted or postponed.' })
  kind: DecisionKindValue;

  @Field(() => LocalDate, { description: 'The meeting’s date.' })
  decidedOn: string;

  @Field(() => DateTimeISOResolver, { description: 'When it was recorded.' })
  recordedAt: Date;

  @Field(() => ID, { nullable: true, description: 'The decision this one corrects; null for the original.' })
  correctsDecisionId: string | null;

  @Field(() => String, { nullable: true, description: 'Why the decision was corrected; null for the original.' })
  correctionReason: string | null;

  @Field(() => Boolean, { description: 'Whether this is the current decision (no correction replaces it).' })
  current: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'For a postponed case moved on: the later meeting whose agenda it joined; null otherwise (and for other kinds).',
  })
  postponedToMeetingId: string | null;

  @Field(() => LocalDate, { nullable: true, description: "The later meeting's date in Norway; null when the case was not moved on." })
  postponedToDate: string | null;

  /** The rest is read through the policy in the resolver. */
  communityId: string;
  text: string;
  recommendation: string[];
  caseStatus: CaseStatus;
  caseAccess: RecordAccess;
  meetingIsOpen: boolean;
  /** The earlier versions, newest first (set on a current decision). */
  earlier: Decision[];
}

@ObjectType({ description: 'A later meeting of the same organ a case can be postponed to: planned, its notice not yet sent.' })
export class PostponementTarget {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => LocalDate, { description: 'Its date in Norway.' })
  date: string;

  @Field(() => String, { description: 'Its start time in Norway, HH:MM.' })
  startTime: string;

  @Field(() => MeetingKind, { description: 'Ordinary or extraordinary.' })
  kind: MeetingKindValue;
}
