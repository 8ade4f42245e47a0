import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../common/local-date.js';
import { ReportInterval } from './reports.inputs.js';

@ObjectType({
  description:
    'The analysts’ reports (reports:read: the secretariat, SSU members and analysts of a community for their own, national analysts for every community). ' +
    'Each report is computed in the database from the filter it is given. Not public.',
})
export class Reports {
  /** The namespace holds nothing itself: each field is a report. */
  readonly kind = 'reports';
}

@ObjectType({ description: 'How many items stand at each status level.' })
export class StatusCounts {
  @Field(() => Int, { description: 'On track.' })
  onTrack: number;

  @Field(() => Int, { description: 'At risk.' })
  atRisk: number;

  @Field(() => Int, { description: 'Delayed (a measure past its end date that is not finished counts here).' })
  delayed: number;

  @Field(() => Int, { description: 'Completed.' })
  completed: number;

  @Field(() => Int, { description: 'Not started.' })
  notStarted: number;

  @Field(() => Int, { description: 'Cancelled.' })
  cancelled: number;

  @Field(() => Int, { description: 'All items, whatever their level.' })
  total: number;
}

@ObjectType({
  description:
    'Is the action plan moving: per community and focus area, measures and targets by status on the period’s last day, average progress, ' +
    'overdue and stale measures, gaps (no professional committee, no measures), and the measures over time. Drafts are left out.',
})
export class ActionPlanProgressReport {
  @Field(() => LocalDate, { description: 'The first day of the period.' })
  from: string;

  @Field(() => LocalDate, { description: 'The last day of the period: statuses are as known on this day.' })
  to: string;

  /** The communities in scope (null: every one); not shown, read by the report's fields. */
  communityIds: readonly string[] | null;

  @Field(() => Int, { description: 'A measure with no update for this many days is stale.' })
  staleAfterDays: number;

  @Field(() => ReportInterval, { description: 'The steps of `overTime`.' })
  interval: ReportInterval;
}

@ObjectType({ description: 'One focus area of a plan in the action plan progress report.' })
export class FocusAreaProgress {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { description: 'The community’s name.' })
  communityName: string;

  @Field(() => ID, { description: 'The action plan.' })
  planId: string;

  @Field(() => String, { description: 'The action plan’s title.' })
  planTitle: string;

  @Field(() => ID, { description: 'The focus area.' })
  focusAreaId: string;

  @Field(() => Int, { description: 'The focus area’s number in the plan.' })
  number: number;

  @Field(() => String, { description: 'The focus area’s title.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'The professional committee (FSU) responsible; null is a gap worth reporting.' })
  professionalCommittee: string | null;

  @Field(() => StatusCounts, { description: 'The measures by status on the period’s last day.' })
  measures: StatusCounts;

  @Field(() => StatusCounts, { description: 'The targets by status on the period’s last day.' })
  targets: StatusCounts;

  @Field(() => Float, {
    nullable: true,
    description: 'Average of the latest progress (percent) of the measures that report one, cancelled ones left out.',
  })
  averageProgress: number | null;

  @Field(() => Int, { description: 'Measures past their end date that are neither completed nor cancelled.' })
  overdueMeasures: number;

  @Field(() => Int, { description: 'Measures still running with no update for `staleAfterDays` days.' })
  staleMeasures: number;
}

@ObjectType({ description: 'One community’s totals in the action plan progress report: the national comparison.' })
export class CommunityProgress {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { description: 'The community’s name.' })
  communityName: string;

  @Field(() => Int, { description: 'Action plans in force in the period (drafts left out).' })
  plans: number;

  @Field(() => Int, { description: 'Focus areas of those plans.' })
  focusAreas: number;

  @Field(() => StatusCounts, { description: 'The measures by status on the period’s last day.' })
  measures: StatusCounts;

  @Field(() => StatusCounts, { description: 'The targets by status on the period’s last day.' })
  targets: StatusCounts;

  @Field(() => Float, {
    nullable: true,
    description: 'Average of the latest progress (percent) of the measures that report one, cancelled ones left out.',
  })
  averageProgress: number | null;

  @Field(() => Int, { description: 'Measures past their end date that are neither completed nor cancelled.' })
  overdueMeasures: number;

  @Field(() => Int, { description: 'Measures still running with no update for `staleAfterDays` days.' })
  staleMeasures: number;

  @Field(() => Int, { description: 'Focus areas without a professional committee.' })
  focusAreasWithoutCommittee: number;

  @Field(() => Int, { description: 'Focus areas without a measure (cancelled ones do not count).' })
  focusAreasWithoutMeasures: number;
}

@ObjectType({ description: 'One community at the end of one year or quarter of the period.' })
export class ProgressPeriod {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { description: 'The community’s name.' })
  communityName: string;

  @Field(() => LocalDate, { description: 'The first day of the year or quarter.' })
  periodStart: string;

  @Field(() => LocalDate, { description: 'The day judged on: the last day of the year or quarter, or of the report’s period.' })
  asOf: string;

  @Field(() => StatusCounts, { description: 'The measures by status on `asOf`.' })
  measures: StatusCounts;

  @Field(() => Float, { nullable: true, description: 'Average latest progress (percent) on `asOf`, cancelled measures left out.' })
  averageProgress: number | null;
}

@ObjectType({
  description:
    'Are the seats filled and balanced: per organ the seats by side, filled and vacant on the period’s last day, parity of the voting seats, ' +
    'terms ending soon; and per regional council the seats it appoints to. Retired seats and dissolved organs are left out.',
})
export class RepresentationReport {
  @Field(() => LocalDate, { description: 'The first day of the period.' })
  from: string;

  @Field(() => LocalDate, { description: 'The last day of the period: the seats as held on this day.' })
  to: string;

  @Field(() => Int, { description: 'Terms ending within this many days after `to` count as ending soon.' })
  endingWithinDays: number;

  /** The communities in scope (null: every one); not shown, read by the report's fields. */
  communityIds: readonly string[] | null;
}

@ObjectType({ description: 'One organ in the representation report.' })
export class OrganRepresentation {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { description: 'The community’s name.' })
  communityName: string;

  @Field(() => ID, { description: 'The organ.' })
  organId: string;

  @Field(() => String, { description: 'The organ’s name.' })
  organName: string;

  @Field(() => Int, { description: 'Seats on the hospital’s side.' })
  hospitalSeats: number;

  @Field(() => Int, { description: 'Of those, held on the day.' })
  hospitalFilled: number;

  @Field(() => Int, { description: 'Seats on the municipalities’ side.' })
  municipalSeats: number;

  @Field(() => Int, { description: 'Of those, held on the day.' })
  municipalFilled: number;

  @Field(() => Int, { description: 'Observer seats.' })
  observerSeats: number;

  @Field(() => Int, { description: 'Of those, held on the day.' })
  observerFilled: number;

  @Field(() => Int, { description: 'Voting members of the hospital on the day.' })
  hospitalVotingMembers: number;

  @Field(() => Int, { description: 'Voting members of the municipalities on the day.' })
  municipalVotingMembers: number;

  @Field(() => Boolean, { description: 'Parity: as many voting seats and members on each side, and none vacant.' })
  balanced: boolean;

  @Field(() => Int, { description: 'Appointments ending within `endingWithinDays` days.' })
  termsEnding: number;
}

@ObjectType({ description: 'One regional council in the representation report: the seats it appoints to.' })
export class CouncilRepresentation {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { description: 'The community’s name.' })
  communityName: string;

  @Field(() => ID, { description: 'The regional council.' })
  regionalCouncilId: string;

  @Field(() => String, { description: 'The regional council’s name.' })
  regionalCouncilName: string;

  @Field(() => Int, { description: 'Seats the council appoints to.' })
  seats: number;

  @Field(() => Int, { description: 'Of those, held on the day.' })
  filled: number;

  @Field(() => Int, { description: 'Appointments to its seats ending within `endingWithinDays` days.' })
  termsEnding: number;
}

@ObjectType({
  description:
    'What each municipality pays of the coordinator budget: per community, budget year in the period and municipality, with the ' +
    'population behind it (per 1 January of the year before), by the allocation rule of the cost sharing page (ADR 0001).',
})
export class CostSharingReport {
  @Field(() => LocalDate, { description: 'The first day of the period: budget years from its year.' })
  from: string;

  @Field(() => LocalDate, { description: 'The last day of the period: budget years up to its year.' })
  to: string;

  /** The communities in scope (null: every one); not shown, read by the report's fields. */
  communityIds: readonly string[] | null;
}

@ObjectType({ description: 'One municipality in one budget year of the cost sharing report.' })
export class CostSharingLine {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { description: 'The community’s name.' })
  communityName: string;

  @Field(() => Int, { description: 'The budget year.' })
  budgetYear: number;

  @Field(() => Int, { description: 'The year of the population figure (1 January): the year before the budget year.' })
  populationYear: number;

  @Field(() => String, { description: 'The municipality number (four digits).' })
  municipalityNumber: string;

  @Field(() => String, { description: 'The municipality’s name.' })
  municipalityName: string;

  @Field(() => Int, { nullable: true, description: 'The population per 1 January of `populationYear`; null when not recorded.' })
  population: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The municipality’s share of the year’s population (0 to 1); null when the year is not allocated.',
  })
  populationShare: number | null;

  @Field(() => Float, { description: 'The year’s municipal share in whole kroner: the cost lines less the state grant.' })
  municipalShare: number;

  @Field(() => Int, { description: 'The share split in equal parts, in parts per million (200000 = 20 %).' })
  fixedSharePpm: number;

  @Field(() => Float, {
    nullable: true,
    description: 'What the municipality pays in whole kroner (the year’s lines add up to the municipal share); null when not allocated.',
  })
  amount: number | null;

  @Field(() => Float, { nullable: true, description: 'Kroner per inhabitant, two decimals; null without population or amount.' })
  kronerPerInhabitant: number | null;

  @Field(() => Boolean, {
    description: 'A municipality of the year has no population recorded: the year is not allocated, as the cost sharing page refuses it.',
  })
  populationMissing: boolean;
}

@ObjectType({
  description:
    'Are cases handled in time: per organ and year, the decisions by case kind and outcome, the share decided by consensus, the days from ' +
    'submission to decision, late submissions with and without the chair’s exception, late notices and late minutes. Counts include exempt ' +
    'cases; no case title or text is part of the report.',
})
export class CasesMeetingsReport {
  @Field(() => LocalDate, { description: 'The first day of the period.' })
  from: string;

  @Field(() => LocalDate, { description: 'The last day of the period.' })
  to: string;

  /** The communities in scope (null: every one); not shown, read by the report's fields. */
  communityIds: readonly string[] | null;
}

@ObjectType({ description: 'One organ in one calendar year of the cases and meetings report.' })
export class OrganCasesYear {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { description: 'The community’s name.' })
  communityName: string;

  @Field(() => ID, { description: 'The organ.' })
  organId: string;

  @Field(() => String, { description: 'The organ’s name.' })
  organName: string;

  @Field(() => Int, { description: 'The calendar year (of the decision, or of the meeting).' })
  year: number;

  @Field(() => Int, {
    description: 'Decisions in the year: the current one of each case at each meeting (corrections replace, never add).',
  })
  decisions: number;

  @Field(() => Int, { description: 'Of those, on cases for decision.' })
  decisionCases: number;

  @Field(() => Int, { description: 'Of those, on cases for orientation.' })
  orientationCases: number;

  @Field(() => Int, { description: 'Of those, on cases for discussion.' })
  discussionCases: number;

  @Field(() => Int, { description: 'Decided by consensus.' })
  consensus: number;

  @Field(() => Int, { description: 'Decided by vote.' })
  vote: number;

  @Field(() => Int, { description: 'Taken to note.' })
  noted: number;

  @Field(() => Int, { description: 'Postponed.' })
  postponed: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Share decided by consensus of those decided by consensus or vote (0 to 1); null without either.',
  })
  consensusShare: number | null;

  @Field(() => Float, { nullable: true, description: 'Average days from submission to decision (postponements left out).' })
  averageDaysToDecision: number | null;

  @Field(() => Float, { nullable: true, description: 'Median days from submission to decision (postponements left out).' })
  medianDaysToDecision: number | null;

  @Field(() => Int, { description: 'Meetings in the year, cancelled ones left out.' })
  meetings: number;

  @Field(() => Int, { description: 'Cases on their agendas submitted after the deadline, with the chair’s recorded exception.' })
  lateWithException: number;

  @Field(() => Int, { description: 'Cases on their agendas submitted after the deadline, without an exception.' })
  lateWithoutException: number;

  @Field(() => Int, { description: 'Meetings whose notice went out later than the organ’s notice period allows.' })
  lateNotices: number;

  @Field(() => Int, {
    description: 'Held meetings whose minutes were sent after the organ’s protocol deadline, or not sent though it has passed.',
  })
  lateMinutes: number;
}

@ObjectType({
  description:
    'Do the municipalities follow up what was agreed: per municipality, the consensus decisions of the period that bind it and how far it has ' +
    'come with each (adopted, in progress, not started, declined), and how long adopting took.',
})
export class FollowUpReport {
  @Field(() => LocalDate, { description: 'The first day of the period: decisions from this day.' })
  from: string;

  @Field(() => LocalDate, { description: 'The last day of the period: decisions up to this day.' })
  to: string;

  /** The communities in scope (null: every one); not shown, read by the report's fields. */
  communityIds: readonly string[] | null;
}

@ObjectType({ description: 'One municipality in the follow-up report.' })
export class MunicipalityFollowUp {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { description: 'The community’s name.' })
  communityName: string;

  @Field(() => ID, { description: 'The municipality (a partner).' })
  partnerId: string;

  @Field(() => String, { description: 'The municipality number (four digits).' })
  municipalityNumber: string;

  @Field(() => String, { description: 'The municipality’s name.' })
  municipalityName: string;

  @Field(() => Int, { description: 'Consensus decisions of the period that bind the municipality (a partner on the day).' })
  decisions: number;

  @Field(() => Int, { description: 'Adopted locally.' })
  adopted: number;

  @Field(() => Int, { description: 'Being handled locally.' })
  inProgress: number;

  @Field(() => Int, { description: 'Not started (no follow-up recorded).' })
  notStarted: number;

  @Field(() => Int, { description: 'Declined locally.' })
  declined: number;

  @Field(() => Float, { nullable: true, description: 'Average days from the decision to the local adoption; null when none adopted.' })
  averageDaysToAdopt: number | null;

  @Field(() => Float, { nullable: true, description: 'Median days from the decision to the local adoption; null when none adopted.' })
  medianDaysToAdopt: number | null;
}

@ObjectType({ description: 'Attendance at held meetings: the meetings called to, and who came.' })
export class AttendanceCounts {
  @Field(() => Int, { description: 'Held meetings in the period the member or observer was called to.' })
  called: number;

  @Field(() => Int, { description: 'Attended in person.' })
  attended: number;

  @Field(() => Int, { description: 'Not attended, but a deputy stood in.' })
  deputised: number;

  @Field(() => Int, { description: 'Nobody came.' })
  absent: number;

  @Field(() => Float, { nullable: true, description: 'Attended in person or by a deputy, of the meetings called to (0 to 1).' })
  share: number | null;
}

@ObjectType({ description: 'Attendance per seat.' })
export class SeatAttendance extends AttendanceCounts {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { description: 'The community’s name.' })
  communityName: string;

  @Field(() => String, { description: 'The organ’s name.' })
  organName: string;

  @Field(() => ID, { description: 'The seat.' })
  seatId: string;

  @Field(() => String, { description: 'The seat’s label.' })
  seatLabel: string;

  @Field(() => String, { description: 'The seat’s side: HOSPITAL, MUNICIPAL or OBSERVER.' })
  side: string;
}

@ObjectType({ description: 'Attendance per person (over every seat the person held).' })
export class PersonAttendance extends AttendanceCounts {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { description: 'The community’s name.' })
  communityName: string;

  @Field(() => ID, { description: 'The person.' })
  personId: string;

  @Field(() => String, { description: 'The person’s name.' })
  personName: string;
}

@ObjectType({ description: 'Attendance per partner: the person’s partner, else the partner that appoints the seat.' })
export class PartnerAttendance extends AttendanceCounts {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { description: 'The community’s name.' })
  communityName: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The partner; null for seats with no partner (appointed by a regional council or outside body).',
  })
  partnerId: string | null;

  @Field(() => String, { nullable: true, description: 'The partner’s name; null with no partner.' })
  partnerName: string | null;
}
