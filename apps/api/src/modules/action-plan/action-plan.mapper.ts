import type { Measure as MeasureView, Section } from '@helsefellesskap/status-schema';
import type { ActionPlanEntity, MeasureEntity, StatusUpdateEntity } from './action-plan.entity.js';
import { lastReportYear } from './action-plan.rules.js';
import type { FocusAreaAccess, MeasureAccess, ReportView } from './action-plan.service.js';
import type { FocusAreaData } from './status-report.builder.js';
import { ActionPlan, CommentaryVersion, FocusArea, Measure, StatusReport, StatusUpdate, Target } from './action-plan.type.js';

export function toActionPlan(entity: ActionPlanEntity): ActionPlan {
  return Object.assign(new ActionPlan(), {
    id: entity.id,
    communityId: entity.communityId,
    title: entity.title,
    periodFrom: entity.periodFrom,
    periodTo: entity.periodTo,
    status: entity.status,
    adoptedByCase: entity.adoptedByCase,
    prolongedReason: entity.prolongedReason,
    prolongedByCase: entity.prolongedByCase,
    lastReportYear: lastReportYear(entity),
    entity,
  });
}

/** The focus area as judged on a date, with only what the caller may see and do (`access`, from the policy). */
export function toFocusArea(section: Section, area: FocusAreaData, access: FocusAreaAccess): FocusArea {
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
        id: area.targets[index]?.target.id ?? '',
        description: target.description,
        indicatorName: target.indicatorName,
        unit: target.unit,
        baseline: target.baseline,
        targetValue: target.targetValue,
        startsOn: area.targets[index]?.target.startsOn ?? null,
        dueDate: target.dueDate,
        latestValue: target.latestValue,
        latestValueOn: target.valueDate,
        status: target.status,
        canRecordValue: access.canRecordValue,
      }),
    ),
    measures: section.measures.map((measure, index) => {
      const entity = area.measures[index]?.measure;
      return toMeasure(measure, entity, entity ? access.measures.get(entity.id) : undefined);
    }),
  });
}

function toMeasure(view: MeasureView, entity: MeasureEntity | undefined, access: MeasureAccess | undefined): Measure {
  return Object.assign(new Measure(), {
    id: entity?.id ?? '',
    communityId: entity?.communityId ?? '',
    title: view.title,
    owner: view.owner,
    ownerPartnerId: entity?.ownerPartnerId ?? null,
    ownerOrganId: entity?.ownerOrganId ?? null,
    reporterUserId: access?.reporterUserId ?? null,
    canPostStatus: access?.canPostStatus ?? false,
    updateEntities: access?.updates ?? null,
    startsOn: view.startsOn,
    endsOn: view.endsOn,
    patientGroups: view.patientGroups,
    progress: view.progress,
    status: view.status,
    statusReason: view.statusReason,
    lastUpdateOn: view.lastUpdateOn,
  });
}

/** A status update; `correctedById` and `canCorrect` come from its history and the policy, which the caller knows. */
export function toStatusUpdate(entity: StatusUpdateEntity, correctedById: string | null = null, canCorrect = false): StatusUpdate {
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
    year: view.report.year,
    frozen: view.entity?.frozenAt != null,
    frozenAt: view.entity?.frozenAt ?? null,
    caseReference: view.entity?.caseReference ?? null,
    pdfUrl: `/api/action-plans/${planId}/status-reports/${view.report.year}.pdf`,
    content: view.report,
    canFreeze: view.canFreeze,
    canWriteCommentaryOn: view.commentaryFocusAreas,
    commentaryVersions:
      view.entity && !view.entity.frozenAt
        ? Object.entries(view.entity.commentaryVersions)
            .map(([number, version]) => Object.assign(new CommentaryVersion(), { focusAreaNumber: Number(number), version }))
            .sort((a, b) => a.focusAreaNumber - b.focusAreaNumber)
        : [],
  });
}
