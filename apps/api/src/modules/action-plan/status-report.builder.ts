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
  type StatusReport,
  type Target,
} from '@helsefellesskap/status-schema';
import type { MeasureEntity, StatusUpdateEntity, TargetEntity } from './action-plan.entity.js';
import { isActiveOn } from './plan-authoring.rules.js';

/** What a focus area holds, loaded by the service; everything here is plain data. */
export interface FocusAreaData {
  id: string;
  number: number;
  title: string;
  responsibleOrgan: { name: string; kind: string } | null;
  responsibleOrganId: string | null;
  /** The day it left the plan, if it did: judged only before. */
  retiredOn: string | null;
  targets: { target: TargetEntity; updates: readonly StatusUpdateEntity[] }[];
  measures: { measure: MeasureEntity; owner: string | null; updates: readonly StatusUpdateEntity[] }[];
}

/** The latest update on or before a date: later entries never change what was known then. */
function latestBy(updates: readonly StatusUpdateEntity[], asOf: string): StatusUpdateEntity | null {
  return updates.filter((update) => update.reportedOn <= asOf).at(-1) ?? null;
}

/** The updates that count: an entry that was corrected is kept in the history but replaced by its correction. */
export function effectiveUpdates(updates: readonly StatusUpdateEntity[]): StatusUpdateEntity[] {
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

export function measureAsOf(measure: MeasureEntity, owner: string | null, history: readonly StatusUpdateEntity[], asOf: string): Measure {
  const updates = effectiveUpdates(history);
  const latest = latestBy(updates, asOf);
  const latestWithStatus = updates.filter((update) => update.reportedOn <= asOf && update.status !== null).at(-1) ?? null;
  const latestWithProgress = updates.filter((update) => update.reportedOn <= asOf && update.progress !== null).at(-1) ?? null;
  const progress = latestWithProgress?.progress ?? null;
  const { status, reason } = effectiveMeasureStatus({
    reported: latestWithStatus?.status ?? null,
    startsOn: measure.startsOn,
    endsOn: measure.endsOn,
    progress,
    asOf,
  });
  return {
    title: measure.title,
    owner,
    startsOn: measure.startsOn,
    endsOn: measure.endsOn,
    patientGroups: measure.patientGroups.flatMap((group) => {
      const parsed = priorityPatientGroupSchema.safeParse(group);
      return parsed.success ? [parsed.data] : [];
    }),
    progress,
    status,
    statusReason: reason,
    lastUpdateOn: latest?.reportedOn ?? null,
    comment: latest?.comment ?? '',
  };
}

export function targetAsOf(target: TargetEntity, history: readonly StatusUpdateEntity[], asOf: string): Target {
  const latest =
    effectiveUpdates(history)
      .filter((update) => update.reportedOn <= asOf && update.indicatorValue !== null)
      .at(-1) ?? null;
  const latestValue = latest?.indicatorValue ?? null;
  return {
    description: target.description,
    indicatorName: target.indicatorName,
    unit: target.unit,
    baseline: target.baseline,
    targetValue: target.targetValue,
    dueDate: target.dueDate,
    latestValue,
    valueDate: latest?.reportedOn ?? null,
    status: targetStatus({
      baseline: target.baseline,
      targetValue: target.targetValue,
      latestValue,
      dueDate: target.dueDate,
      asOf,
      startsOn: target.startsOn,
    }),
  };
}

export function sectionAsOf(area: FocusAreaData, asOf: string, commentary: string): Section {
  const targets = area.targets.map(({ target, updates }) => targetAsOf(target, updates, asOf));
  const measures = area.measures.map(({ measure, owner, updates }) => measureAsOf(measure, owner, updates, asOf));
  const hasProfessionalCommittee = area.responsibleOrgan?.kind === 'PROFESSIONAL_COMMITTEE';
  return {
    focusAreaNumber: area.number,
    title: area.title,
    responsibleOrgan: area.responsibleOrgan?.name ?? null,
    hasProfessionalCommittee,
    status: focusAreaStatus([...targets.map((target) => target.status), ...measures.map((measure) => measure.status)]),
    commentary,
    gaps: findGaps({ hasProfessionalCommittee, measures }, { asOf }),
    targets,
    measures,
    changes: [],
  };
}

export interface ReportInput {
  communityName: string;
  plan: { title: string; periodFrom: number; periodTo: number };
  year: number;
  cutOffDate: string;
  focusAreas: readonly FocusAreaData[];
  /** Commentary per focus area number. */
  commentary: Readonly<Record<string, string>>;
  /** Last year's frozen report: the template, whose sections come first and against which changes are shown. */
  previous: StatusReport | null;
  generatedAt: Date;
}

/** The year's report from the latest updates at the cut-off date, validated against the shared schema. */
export function buildStatusReport(input: ReportInput): StatusReport {
  const sections = activeAreasOn(input.focusAreas, input.cutOffDate).map((area) =>
    sectionAsOf(area, input.cutOffDate, input.commentary[String(area.number)] ?? ''),
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
    sections: applyTemplate(input.previous, sections),
  };
  const parsed = parseStatusReport(report);
  if (!parsed.ok) {
    throw new Error(
      `The status report does not fit the status schema: ${parsed.problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}`,
    );
  }
  return parsed.report;
}
