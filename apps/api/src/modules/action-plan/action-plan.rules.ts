import { quarterEndsBetween } from '@helsefellesskap/calendar';
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
