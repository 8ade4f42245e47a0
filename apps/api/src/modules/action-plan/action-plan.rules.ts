import { firstDayOfYear, lastDayOfYear, quarterEndsBetween } from '@helsefellesskap/calendar';
import type { StatusLevel } from '@helsefellesskap/status-schema';
import type { ActionPlanStatus } from './action-plan.entity.js';
import { activeAreasOn, sectionAsOf, type FocusAreaData } from './status-report.builder.js';

interface PlanYears {
  periodFrom: number;
  periodTo: number;
  status: ActionPlanStatus;
}

/** A prolonged plan reports on years after its period, until it is closed: at most five more. */
export function lastReportYear(plan: PlanYears): number {
  return plan.status === 'PROLONGED' ? plan.periodTo + 5 : plan.periodTo;
}

/** The days a plan reports on, from its first day to the last day of its last report year. */
export function reportingWindow(plan: PlanYears): { from: string; to: string } {
  return { from: firstDayOfYear(plan.periodFrom), to: lastDayOfYear(lastReportYear(plan)) };
}

export interface ProgressSample {
  date: string;
  focusAreaNumber: number;
  averageProgress: number | null;
  status: StatusLevel;
}

/** The end of every quarter from `from` up to `until`, and `until` itself. */
export function quarterEnds(from: string, until: string): string[] {
  return [...quarterEndsBetween(from, until).filter((date) => date < until), until];
}

/** What the dashboard plots: each focus area's average progress and status at each quarter's end. */
export function progressSeries(areas: readonly FocusAreaData[], from: string, until: string): ProgressSample[] {
  return quarterEnds(from, until).flatMap((date) =>
    activeAreasOn(areas, date).map((area) => {
      const section = sectionAsOf(area, date, '');
      const progresses = section.measures.map((measure) => measure.progress).filter((progress) => progress !== null);
      return {
        date,
        focusAreaNumber: area.number,
        averageProgress:
          progresses.length > 0 ? Math.round((progresses.reduce((sum, value) => sum + value, 0) / progresses.length) * 10) / 10 : null,
        status: section.status,
      };
    }),
  );
}
