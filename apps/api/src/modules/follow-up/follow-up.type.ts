import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { LocalDate } from '../../common/local-date.js';
import type { FollowUpStatusValue } from '../decision/decision.entity.js';
import type { PartnerKind as PartnerKindValue } from '../partner/partner.entity.js';
import { PartnerKind } from '../partner/partner.type.js';

export const FollowUpStatus = {
  NOT_STARTED: 'NOT_STARTED',
  IN_PROGRESS: 'IN_PROGRESS',
  ADOPTED: 'ADOPTED',
  DECLINED: 'DECLINED',
} as const satisfies Record<FollowUpStatusValue, FollowUpStatusValue>;

registerEnumType(FollowUpStatus, {
  name: 'FollowUpStatus',
  description: "A partner's local handling of a binding decision.",
  valuesConfig: {
    NOT_STARTED: { description: 'Nothing recorded yet (or set back to not started).' },
    IN_PROGRESS: { description: 'Being handled locally, e.g. on its way to the kommunestyre.' },
    ADOPTED: { description: 'Adopted locally; names the local decision and its date.' },
    DECLINED: { description: 'Declined locally; names the local decision and its date.' },
  },
});

@ObjectType({ description: 'A binding decision (the current decision of a case by consensus) as its follow-up shows it.' })
export class FollowUpDecision {
  @Field(() => ID, { description: 'The original decision: the follow-up keys on it, so a correction keeps the follow-up.' })
  id: string;

  @Field(() => ID, { description: 'The current decision (the original, or the correction nobody corrects).' })
  currentDecisionId: string;

  @Field(() => ID, { description: 'The case decided.' })
  caseId: string;

  @Field(() => String, { description: 'The case reference, e.g. "Partnerskapsmøte sak 10-2022".' })
  caseReference: string;

  @Field(() => String, {
    nullable: true,
    description: "The case title as the caller may see it: an exempt case's public title, or null, for those who may not read it.",
  })
  caseTitle: string | null;

  @Field(() => String, { nullable: true, description: 'The decision text; null for those who may not read the exempt case.' })
  text: string | null;

  @Field(() => ID, { description: 'The organ that decided.' })
  organId: string;

  @Field(() => String, { description: "The organ's name." })
  organName: string;

  @Field(() => ID, { description: 'The meeting it was decided at.' })
  meetingId: string;

  @Field(() => LocalDate, { description: 'The day it was decided.' })
  decidedOn: string;
}

@ObjectType({ description: "One partner's local handling of a binding decision." })
export class FollowUpRow {
  @Field(() => ID, { description: 'The (original) decision followed up.' })
  decisionId: string;

  @Field(() => ID, { description: 'The partner.' })
  partnerId: string;

  @Field(() => String, { description: "The partner's name." })
  partnerName: string;

  @Field(() => PartnerKind, { description: 'A municipality or the hospital trust.' })
  partnerKind: PartnerKindValue;

  @Field(() => FollowUpStatus, { description: 'The local handling; NOT_STARTED when nothing is recorded.' })
  status: FollowUpStatusValue;

  @Field(() => String, { nullable: true, description: 'The local decision\'s reference, e.g. "K-sak 61/2022, Rødøy kommunestyre".' })
  localReference: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The date of the local decision or handling.' })
  localDate: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A note on the handling; null for those who may not read the exempt case's content.",
  })
  note: string | null;

  @Field(() => Int, { description: 'Days from the decision to today.' })
  daysSinceDecision: number;

  @Field(() => Int, { description: 'The version to send back as expectedVersion when recording; 0 when nothing is recorded yet.' })
  version: number;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it was last recorded; null when never.' })
  updatedAt: Date | null;

  @Field(() => Boolean, {
    description: "Whether the caller may record this partner's follow-up (the secretariat, or the municipality's own user).",
  })
  canRecord: boolean;
}

@ObjectType({ description: 'A binding decision with one row per partner that was a partner on its date.' })
export class FollowUp {
  @Field(() => FollowUpDecision, { description: 'The decision.' })
  decision: FollowUpDecision;

  @Field(() => [FollowUpRow], { description: 'The hospital trust first, then the municipalities by name.' })
  rows: FollowUpRow[];
}

@ObjectType({ description: 'A partner as a column of the follow-up matrix.' })
export class FollowUpPartner {
  @Field(() => ID, { description: 'The partner.' })
  id: string;

  @Field(() => String, { description: 'Its name.' })
  name: string;

  @Field(() => PartnerKind, { description: 'A municipality or the hospital trust.' })
  kind: PartnerKindValue;

  @Field(() => String, { nullable: true, description: 'The 4-digit municipality number; null for the hospital trust.' })
  municipalityNumber: string | null;
}

@ObjectType({ description: "The binding decisions of a period × the community's partners, with each partner's local handling." })
export class FollowUpMatrix {
  @Field(() => LocalDate, { description: 'The first day of the period.' })
  from: string;

  @Field(() => LocalDate, { description: 'The last day of the period.' })
  to: string;

  @Field(() => [FollowUpPartner], { description: 'The columns: the hospital trust first, then the municipalities by name.' })
  partners: FollowUpPartner[];

  @Field(() => [FollowUp], {
    description: 'The binding decisions of the period, oldest first; a partner that was not a partner on a date has no row there.',
  })
  decisions: FollowUp[];

  @Field(() => Boolean, { description: 'Whether the period holds more decisions than the matrix shows (narrow the period).' })
  hasMore: boolean;
}

@ObjectType({ description: 'A binding decision a partner has not adopted or declined after the days asked.' })
export class OverdueFollowUp {
  @Field(() => FollowUpDecision, { description: 'The decision.' })
  decision: FollowUpDecision;

  @Field(() => FollowUpRow, { description: "The partner's handling so far." })
  row: FollowUpRow;
}
