import type { Measure as MeasureView } from '@helsefellesskap/status-schema';
import type { MeasureAsOfRow, PlanRow, UpdateRow } from './action-plan.repository.js';
import { lastReportYear } from './action-plan.rules.js';
import type { FocusAreaView, MeasureAccess, ReportView } from './action-plan.service.js';
import { ActionPlan, CommentaryVersion, FocusArea, Measure, StatusReport, StatusUpdate, Target } from './action-plan.type.js';

export function toActionPlan(plan: PlanRow): ActionPlan {
  return Object.assign(new ActionPlan(), {
    id: plan.id,
    communityId: plan.communityId,
    title: plan.title,
    periodFrom: plan.periodFrom,
    periodTo: plan.periodTo,
    status: plan.status,
    adoptedByCase: plan.adoptedByCase,
    prolongedReason: plan.prolongedReason,
    prolongedByCase: plan.prolongedByCase,
    lastReportYear: lastReportYear(plan),
  });
}

/** The focus area as judged on a date, with only what the caller may see and do (`access`, from the policy). */
export function toFocusArea({ area, targets, measures, section, access }: FocusAreaView): FocusArea {
  return Object.assign(new FocusArea(), {
    id: area.id,
    number: section.focusAreaNumber,
    title: section.title,
    responsibleOrgan: section.responsibleOrgan,
    responsibleOrganId: area.responsibleOrganId,
    hasProfessionalCommittee: section.hasProfessionalCommittee,
    status: section.status,
    targets: section.targets.map((target, index) =>
      Object.assign(new Target(), {
        id: targets[index]?.id ?? '',
        description: target.description,
        indicatorName: target.indicatorName,
        unit: target.unit,
        baseline: target.baseline,
        targetValue: target.targetValue,
        startsOn: targets[index]?.startsOn ?? null,
        dueDate: target.dueDate,
        latestValue: target.latestValue,
        latestValueOn: target.valueDate,
        status: target.status,
        canRecordValue: access.canRecordValue,
      }),
    ),
    measures: section.measures.map((measure, index) => {
      const row = measures[index];
      return toMeasure(measure, row, row ? access.measures.get(row.id) : undefined);
    }),
  });
}

function toMeasure(view: MeasureView, row: MeasureAsOfRow | undefined, access: MeasureAccess | undefined): Measure {
  return Object.assign(new Measure(), {
    id: row?.id ?? '',
    communityId: row?.communityId ?? '',
    planId: row?.planId ?? '',
    title: view.title,
    owner: view.owner,
    ownerPartnerId: row?.ownerPartnerId ?? null,
    ownerOrganId: row?.ownerOrganId ?? null,
    canPostStatus: access?.canPostStatus ?? false,
    startsOn: view.startsOn,
    endsOn: view.endsOn,
    patientGroups: view.patientGroups,
    progress: view.progress,
    status: view.status,
    statusReason: view.statusReason,
    lastUpdateOn: view.lastUpdateOn,
  });
}

/**
 * An update as stored (an entity just written, or a row read); `correctedById` and `canCorrect` come
 * from its history and the policy.
 */
export function toStatusUpdate(
  entity: Omit<UpdateRow, 'planId' | 'subjectId' | 'communityId' | 'authorUserId'>,
  correctedById: string | null = null,
  canCorrect = false,
): StatusUpdate {
  return Object.assign(new StatusUpdate(), {
    correctsId: entity.supersedesId,
    correctedById,
    canCorrect,
    id: entity.id,
    reportedOn: entity.reportedOn,
    status: entity.status,
    progress: entity.progress,
    indicatorValue: entity.indicatorValue,
    comment: entity.comment,
    authorName: entity.authorName,
    createdAt: entity.createdAt,
  });
}

export function toStatusReport(view: ReportView, planId: string): StatusReport {
  return Object.assign(new StatusReport(), {
    id: view.entity?.id ?? null,
    communityId: view.communityId,
    year: view.report.year,
    frozen: view.entity?.frozenAt != null,
    frozenAt: view.entity?.frozenAt ?? null,
    caseReference: view.entity?.caseReference ?? null,
    pdfUrl: `/api/action-plans/${planId}/status-reports/${view.report.year}.pdf`,
    content: view.report,
    canFreeze: view.canFreeze,
    canWriteCommentaryOn: view.commentaryFocusAreas,
    commentaryVersions: commentaryVersionsOf(view),
  });
}

/**
 * A draft's commentary versions, kept by focus area id, with the number each focus area has in the
 * report today (its sections); a focus area no longer in the report has no commentary to write.
 */
function commentaryVersionsOf(view: ReportView): CommentaryVersion[] {
  if (!view.entity || view.entity.frozenAt) return [];
  const numbers = new Map(view.report.sections.map((section) => [section.focusAreaId, section.focusAreaNumber]));
  return Object.entries(view.entity.commentaryVersions)
    .flatMap(([focusAreaId, version]) => {
      const focusAreaNumber = numbers.get(focusAreaId);
      return focusAreaNumber === undefined ? [] : [Object.assign(new CommentaryVersion(), { focusAreaId, focusAreaNumber, version })];
    })
    .sort((a, b) => a.focusAreaNumber - b.focusAreaNumber);
}
