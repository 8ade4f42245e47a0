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
