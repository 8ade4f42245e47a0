import { JSONObjectResolver } from 'graphql-scalars';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../common/local-date.js';
import type { ActionPlanStatus as ActionPlanStatusValue } from './action-plan.entity.js';

export const ActionPlanStatus = { DRAFT: 'DRAFT', ADOPTED: 'ADOPTED', PROLONGED: 'PROLONGED', CLOSED: 'CLOSED' } as const satisfies Record<
  ActionPlanStatusValue,
  ActionPlanStatusValue
>;
registerEnumType(ActionPlanStatus, {
  name: 'ActionPlanStatus',
  description: 'Where an action plan stands.',
  valuesConfig: {
    DRAFT: { description: 'Being written; internal to the community.' },
    ADOPTED: { description: 'Adopted by the partnership meeting, running in its period.' },
    PROLONGED: { description: 'Its period has passed and it was prolonged (e.g. SSU sak 26/2024) until its status is reported.' },
    CLOSED: { description: 'Finished; kept for history.' },
  },
});

export const StatusLevel = {
  ON_TRACK: 'ON_TRACK',
  AT_RISK: 'AT_RISK',
  DELAYED: 'DELAYED',
  COMPLETED: 'COMPLETED',
  NOT_STARTED: 'NOT_STARTED',
  CANCELLED: 'CANCELLED',
} as const;
registerEnumType(StatusLevel, {
  name: 'StatusLevel',
  description: 'The traffic light of status reporting (see packages/status-schema).',
  valuesConfig: {
    ON_TRACK: { description: 'Green: going as planned.' },
    AT_RISK: { description: 'Yellow: may miss its date or target.' },
    DELAYED: { description: 'Red: behind its plan.' },
    COMPLETED: { description: 'Done.' },
    NOT_STARTED: { description: 'Not begun yet.' },
    CANCELLED: { description: 'Stopped; no longer pursued.' },
  },
});
export type StatusLevelValue = keyof typeof StatusLevel;

@ObjectType({ description: 'A dated status entry: history is kept, nothing is overwritten.' })
export class StatusUpdate {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => LocalDate, { description: 'The date the status describes.' })
  reportedOn: string;

  @Field(() => StatusLevel, { nullable: true, description: 'The status reported (measures).' })
  status: StatusLevelValue | null;

  @Field(() => Int, { nullable: true, description: 'Progress in percent (measures).' })
  progress: number | null;

  @Field(() => Float, { nullable: true, description: 'The indicator value (targets).' })
  indicatorValue: number | null;

  @Field(() => String, { description: 'Comment.' })
  comment: string;

  @Field(() => String, { description: 'Who reported.' })
  authorName: string;

  @Field(() => DateTimeISOResolver, { description: 'When it was written.' })
  createdAt: Date;

  @Field(() => ID, { nullable: true, description: 'The entry this one corrects, if it is a correction.' })
  correctsId: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The entry that corrects this one: it no longer counts (not in the status, the dashboard or new reports) but stays in the history.',
  })
  correctedById: string | null;

  @Field(() => Boolean, {
    description:
      'Whether the caller may correct it: the secretariat, or its author while they still report there; false once it is corrected.',
  })
  canCorrect: boolean;
}

@ObjectType({ description: 'A target of a focus area, measured by an indicator.' })
export class Target {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => String, { description: 'What should be reached.' })
  description: string;

  @Field(() => String, { description: 'The indicator.' })
  indicatorName: string;

  @Field(() => String, { description: 'Unit of the indicator, e.g. "%" or "dager".' })
  unit: string;

  @Field(() => Float, { nullable: true, description: 'Value at the start.' })
  baseline: number | null;

  @Field(() => Float, { nullable: true, description: 'Value to reach.' })
  targetValue: number | null;

  @Field(() => LocalDate, { nullable: true, description: 'When the work towards it starts.' })
  startsOn: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'When the target value should be reached.' })
  dueDate: string | null;

  @Field(() => Float, { nullable: true, description: 'Latest reported value on the date asked about.' })
  latestValue: number | null;

  @Field(() => LocalDate, { nullable: true, description: 'Date of the latest value.' })
  latestValueOn: string | null;

  @Field(() => StatusLevel, { description: 'Derived status on the date asked about.' })
  status: StatusLevelValue;

  @Field(() => Boolean, {
    description:
      'Whether the caller may post its indicator value: the secretariat, or a member who reports on a measure in its focus area.',
  })
  canRecordValue: boolean;
}

@ObjectType({ description: 'A user who reports on a measure: an SSU member or the secretariat of the community.' })
export class MeasureReporter {
  @Field(() => ID, { description: 'The user.' })
  id: string;

  @Field(() => String, { description: 'Name.' })
  name: string;
}

@ObjectType({ description: 'A measure (tiltak) of a focus area.' })
export class Measure {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  communityId: string;

  @Field(() => String, { description: 'What is done.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'The partner or organ that owns the measure.' })
  owner: string | null;

  @Field(() => ID, { nullable: true, description: 'The partner that owns it, if a partner does.' })
  ownerPartnerId: string | null;

  @Field(() => ID, { nullable: true, description: 'The organ that owns it, if an organ does.' })
  ownerOrganId: string | null;

  @Field(() => Boolean, { description: 'Whether the caller may post its status: the secretariat, or a member who reports on it.' })
  canPostStatus: boolean;

  /** The plan it belongs to: its updates are loaded with those of the plan's other measures. */
  planId: string;

  @Field(() => LocalDate, { nullable: true, description: 'Start.' })
  startsOn: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'End.' })
  endsOn: string | null;

  @Field(() => [String], { description: 'Priority patient groups (status-schema PriorityPatientGroup).' })
  patientGroups: string[];

  @Field(() => Int, { nullable: true, description: 'Latest reported progress in percent.' })
  progress: number | null;

  @Field(() => StatusLevel, { description: 'Effective status on the date asked about (derived by the shared rules).' })
  status: StatusLevelValue;

  @Field(() => String, { nullable: true, description: 'Why the status differs from what was reported, e.g. PAST_END_DATE.' })
  statusReason: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Date of the latest update.' })
  lastUpdateOn: string | null;
}

@ObjectType({ description: 'A focus area (innsatsområde) of an action plan.' })
export class FocusArea {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => Int, { description: 'Number in the plan.' })
  number: number;

  @Field(() => String, { description: 'Title.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'The organ responsible, e.g. a professional committee.' })
  responsibleOrgan: string | null;

  @Field(() => ID, { nullable: true, description: 'The id of the organ responsible.' })
  responsibleOrganId: string | null;

  @Field(() => Boolean, { description: 'Whether a professional committee (FSU) carries the focus area.' })
  hasProfessionalCommittee: boolean;

  @Field(() => StatusLevel, { description: 'Derived from its targets and measures on the date asked about.' })
  status: StatusLevelValue;

  @Field(() => [Target], { description: 'Targets.' })
  targets: Target[];

  @Field(() => [Measure], { description: 'Measures.' })
  measures: Measure[];
}

@ObjectType({ description: 'Average progress and status counts of a focus area on a date.' })
export class ProgressPoint {
  @Field(() => LocalDate, { description: 'The date (end of a quarter, or the date asked about).' })
  date: string;

  @Field(() => Int, { description: 'Focus area number.' })
  focusAreaNumber: number;

  @Field(() => Float, { nullable: true, description: 'Average progress of its measures, null without measures.' })
  averageProgress: number | null;

  @Field(() => StatusLevel, { description: 'The focus area status then.' })
  status: StatusLevelValue;
}

@ObjectType({ description: "The version of one focus area's commentary in a draft report: how many times it was saved." })
export class CommentaryVersion {
  @Field(() => ID, { description: 'The focus area (its stable id).' })
  focusAreaId: string;

  @Field(() => Int, { description: 'Focus area number, as the plan numbers it today.' })
  focusAreaNumber: number;

  @Field(() => Int, { description: 'Counts the saves of this commentary; send it back as expectedVersion with the next save.' })
  version: number;
}

@ObjectType({ description: 'A status report of a year: a draft to work on, or frozen for good.' })
export class StatusReport {
  @Field(() => ID, { nullable: true, description: 'The stored report; null for a draft nobody has edited yet.' })
  id: string | null;

  /** The plan's community (not a field: the case link is looked up in it). */
  communityId: string;

  @Field(() => Int, { description: 'The year reported on.' })
  year: number;

  @Field(() => Boolean, { description: 'Frozen reports never change.' })
  frozen: boolean;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it was frozen.' })
  frozenAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The case it is attached to, e.g. "SSU sak 04/2025".' })
  caseReference: string | null;

  @Field(() => String, { description: 'Where the report is as a PDF (a draft for the community, a frozen report for anyone).' })
  pdfUrl: string;

  @Field(() => JSONObjectResolver, { description: 'The report, valid against the status schema (packages/status-schema).' })
  content: Record<string, unknown>;

  @Field(() => Boolean, { description: 'Whether the caller may freeze it now (the secretariat, while it is a draft).' })
  canFreeze: boolean;

  @Field(() => [Int], {
    description:
      'The focus areas (by number) whose commentary the caller may write: the secretariat all, a member those where they report on a measure; none once frozen.',
  })
  canWriteCommentaryOn: number[];

  @Field(() => [CommentaryVersion], {
    description: "A draft's commentary versions, by focus area number; a focus area not listed is at version 0. Empty once frozen.",
  })
  commentaryVersions: CommentaryVersion[];
}

@ObjectType({
  description: "An action plan (handlingsplan) of a community. Not public while a draft: only the community's internal readers see it.",
})
export class ActionPlan {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => ID, { description: 'The community whose plan it is.' })
  communityId: string;

  @Field(() => String, { description: 'Title, e.g. "Handlingsplan 2022–2024".' })
  title: string;

  @Field(() => Int, { description: 'First year.' })
  periodFrom: number;

  @Field(() => Int, { description: 'Last year.' })
  periodTo: number;

  @Field(() => ActionPlanStatus, { description: 'Draft, adopted, prolonged or closed.' })
  status: ActionPlanStatusValue;

  @Field(() => String, { nullable: true, description: 'The case that adopted it.' })
  adoptedByCase: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was prolonged.' })
  prolongedReason: string | null;

  @Field(() => String, { nullable: true, description: 'The case that prolonged it.' })
  prolongedByCase: string | null;

  @Field(() => Int, { description: 'The last year it reports on: its last year, or up to five years later while prolonged.' })
  lastReportYear: number;
}
