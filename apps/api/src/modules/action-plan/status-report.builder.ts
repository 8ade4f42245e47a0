import {
  applyTemplate,
  effectiveMeasureStatus,
  findGaps,
  focusAreaStatus,
  parseStatusReport,
  priorityPatientGroupSchema,
  STATUS_REPORT_SCHEMA_VERSION,
  targetStatus,
  type Measure,
  type Section,
  type StatusLevel,
  type StatusReport,
  type Target,
} from '@helsefellesskap/status-schema';
import type { MeasureEntity, StatusUpdateEntity, TargetEntity } from './action-plan.entity.js';
import { isActiveOn } from './plan-authoring.rules.js';

/** What the rules read of a target, a measure and an update: entities and plain rows alike. */
export type TargetFacts = Pick<
  TargetEntity,
  'id' | 'description' | 'indicatorName' | 'unit' | 'baseline' | 'targetValue' | 'startsOn' | 'dueDate' | 'retiredOn'
>;
export type MeasureFacts = Pick<MeasureEntity, 'id' | 'communityId' | 'title' | 'startsOn' | 'endsOn' | 'patientGroups' | 'retiredOn'> & {
  /** The users who report on it (for the policy: who writes the focus area's commentary). */
  reporterUserIds: readonly string[];
};
export type UpdateFacts = Pick<
  StatusUpdateEntity,
  'id' | 'supersedesId' | 'reportedOn' | 'status' | 'progress' | 'indicatorValue' | 'comment'
>;

/** What a focus area holds, loaded by the service; everything here is plain data. */
export interface FocusAreaData {
  id: string;
  number: number;
  title: string;
  responsibleOrgan: { name: string; kind: string } | null;
  /** The day it left the plan, if it did: judged only before. */
  retiredOn: string | null;
  targets: { target: TargetFacts; updates: readonly UpdateFacts[] }[];
  measures: { measure: MeasureFacts; owner: string | null; updates: readonly UpdateFacts[] }[];
}

/** What was known of a measure on a date: its latest update, and the latest status and progress reported. */
export interface MeasureState {
  lastUpdateOn: string | null;
  comment: string;
  reported: StatusLevel | null;
  progress: number | null;
}

/** The updates that count: an entry that was corrected is kept in the history but replaced by its correction. */
export function effectiveUpdates<T extends Pick<UpdateFacts, 'id' | 'supersedesId'>>(updates: readonly T[]): T[] {
  const superseded = new Set(updates.map((update) => update.supersedesId).filter((id) => id !== null));
  return updates.filter((update) => !superseded.has(update.id));
}

/** The focus areas that are part of the plan on a date, each with only its targets and measures of that date. */
export function activeAreasOn(areas: readonly FocusAreaData[], date: string): FocusAreaData[] {
  return areas
    .filter((area) => isActiveOn(area.retiredOn, date))
    .map((area) => ({
      ...area,
      targets: area.targets.filter(({ target }) => isActiveOn(target.retiredOn, date)),
      measures: area.measures.filter(({ measure }) => isActiveOn(measure.retiredOn, date)),
    }));
}

/** What was known of a target on a date: its latest indicator value. */
export interface TargetState {
  latestValue: number | null;
  valueDate: string | null;
}

/** The latest matching update on or before a date (updates oldest first): later entries never change what was known then. */
function latestBy(
  updates: readonly UpdateFacts[],
  asOf: string,
  matches: (update: UpdateFacts) => boolean = () => true,
): UpdateFacts | null {
  return updates.filter((update) => update.reportedOn <= asOf && matches(update)).at(-1) ?? null;
}

export function measureStateAsOf(updates: readonly UpdateFacts[], asOf: string): MeasureState {
  const latest = latestBy(updates, asOf);
  return {
    lastUpdateOn: latest?.reportedOn ?? null,
    comment: latest?.comment ?? '',
    reported: latestBy(updates, asOf, (update) => update.status !== null)?.status ?? null,
    progress: latestBy(updates, asOf, (update) => update.progress !== null)?.progress ?? null,
  };
}

export function targetStateAsOf(updates: readonly UpdateFacts[], asOf: string): TargetState {
  const latest = latestBy(updates, asOf, (update) => update.indicatorValue !== null);
  return { latestValue: latest?.indicatorValue ?? null, valueDate: latest?.reportedOn ?? null };
}

/** A measure as judged on a date from what was known then (the shared rules derive its effective status). */
export function measureView(measure: MeasureFacts, owner: string | null, state: MeasureState, asOf: string): Measure {
  const { status, reason } = effectiveMeasureStatus({
    reported: state.reported,
    startsOn: measure.startsOn,
    endsOn: measure.endsOn,
    progress: state.progress,
    asOf,
  });
  return {
    id: measure.id,
    title: measure.title,
    owner,
    startsOn: measure.startsOn,
    endsOn: measure.endsOn,
    patientGroups: measure.patientGroups.flatMap((group) => {
      const parsed = priorityPatientGroupSchema.safeParse(group);
      return parsed.success ? [parsed.data] : [];
    }),
    progress: state.progress,
    status,
    statusReason: reason,
    lastUpdateOn: state.lastUpdateOn,
    comment: state.comment,
  };
}

export function targetView(target: TargetFacts, state: TargetState, asOf: string): Target {
  return {
    id: target.id,
    description: target.description,
    indicatorName: target.indicatorName,
    unit: target.unit,
    baseline: target.baseline,
    targetValue: target.targetValue,
    dueDate: target.dueDate,
    latestValue: state.latestValue,
    valueDate: state.valueDate,
    status: targetStatus({
      baseline: target.baseline,
      targetValue: target.targetValue,
      latestValue: state.latestValue,
      dueDate: target.dueDate,
      asOf,
      startsOn: target.startsOn,
    }),
  };
}

export interface SectionHead {
  id: string;
  number: number;
  title: string;
  responsibleOrgan: { name: string; kind: string } | null;
}

/** A focus area's section from its targets and measures as judged on a date. */
export function sectionOf(area: SectionHead, targets: Target[], measures: Measure[], asOf: string, commentary: string): Section {
  const hasProfessionalCommittee = area.responsibleOrgan?.kind === 'PROFESSIONAL_COMMITTEE';
  return {
    focusAreaId: area.id,
    focusAreaNumber: area.number,
    title: area.title,
    responsibleOrgan: area.responsibleOrgan?.name ?? null,
    hasProfessionalCommittee,
    status: focusAreaStatus([...targets.map((target) => target.status), ...measures.map((measure) => measure.status)]),
    commentary,
    commentaryCarriedOver: false,
    gaps: findGaps({ hasProfessionalCommittee, measures }, { asOf }),
    targets,
    measures,
    changes: [],
  };
}

/** The section from the whole history, as it read on a date. */
export function sectionAsOf(area: FocusAreaData, asOf: string, commentary: string): Section {
  return sectionOf(
    area,
    area.targets.map(({ target, updates }) => targetView(target, targetStateAsOf(effectiveUpdates(updates), asOf), asOf)),
    area.measures.map(({ measure, owner, updates }) =>
      measureView(measure, owner, measureStateAsOf(effectiveUpdates(updates), asOf), asOf),
    ),
    asOf,
    commentary,
  );
}

export interface ReportInput {
  communityName: string;
  plan: { title: string; periodFrom: number; periodTo: number };
  year: number;
  cutOffDate: string;
  focusAreas: readonly FocusAreaData[];
  /** Commentary per focus area id, as written this year; a focus area not listed has none written yet. */
  commentary: Readonly<Record<string, string>>;
  /** Last year's frozen report: the template, whose sections and commentary come first and against which changes are shown. */
  previous: StatusReport | null;
  generatedAt: Date;
}

/** The year's report from the latest updates at the cut-off date, validated against the shared schema. */
export function buildStatusReport(input: ReportInput): StatusReport {
  const sections = activeAreasOn(input.focusAreas, input.cutOffDate).map((area) =>
    sectionAsOf(area, input.cutOffDate, input.commentary[area.id] ?? ''),
  );
  const report = {
    schemaVersion: STATUS_REPORT_SCHEMA_VERSION,
    communityName: input.communityName,
    planTitle: input.plan.title,
    planPeriod: { from: input.plan.periodFrom, to: input.plan.periodTo },
    year: input.year,
    cutOffDate: input.cutOffDate,
    generatedAt: input.generatedAt.toISOString(),
    previousReportYear: input.previous?.year ?? null,
    sections: applyTemplate(
      input.previous,
      sections,
      (section) => section.focusAreaId !== null && Object.hasOwn(input.commentary, section.focusAreaId),
    ),
  };
  const parsed = parseStatusReport(report);
  if (!parsed.ok) {
    throw new Error(
      `The status report does not fit the status schema: ${parsed.problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}`,
    );
  }
  return parsed.report;
}
