import { firstDayOfYear, lastDayOfYear, quarterEndsBetween } from '@helsefellesskap/calendar';
import type { StatusLevel } from '@helsefellesskap/status-schema';
import { sectionAsOf, type FocusAreaData } from './status-report.builder.js';

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
    areas.map((area) => {
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

/** The years a plan reports on: its period, and up to five years more while it is prolonged (until it is closed). */
export function reportingYears(plan: { periodFrom: number; periodTo: number; status: string }): { first: number; last: number } {
  return { first: plan.periodFrom, last: plan.status === 'PROLONGED' ? plan.periodTo + 5 : plan.periodTo };
}

/** The days a status update of the plan may be dated on: from the first day of its first year to the last day of its last. */
export function reportingPeriod(plan: { periodFrom: number; periodTo: number; status: string }): { from: string; to: string } {
  const { first, last } = reportingYears(plan);
  return { from: firstDayOfYear(first), to: lastDayOfYear(last) };
}
