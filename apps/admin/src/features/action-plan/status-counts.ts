import { STATUS_LEVELS, type StatusLevel } from '@helsefellesskap/status-schema';

export type StatusCounts = Record<StatusLevel, number>;

export interface FocusAreaStatusInput {
  number: number;
  title: string;
  status: StatusLevel;
  measures: readonly { status: StatusLevel }[];
  targets: readonly { status: StatusLevel }[];
}

export interface FocusAreaStatusCounts {
  number: number;
  title: string;
  /** The focus area's own status, as the API derived it. */
  status: StatusLevel;
  /** Measures and targets together, per status. */
  counts: StatusCounts;
  total: number;
}

export function emptyStatusCounts(): StatusCounts {
  return { ON_TRACK: 0, AT_RISK: 0, DELAYED: 0, COMPLETED: 0, NOT_STARTED: 0, CANCELLED: 0 };
}

/** How many measures and targets of each focus area have each status, in the plan's order of focus areas. */
export function countStatusesPerFocusArea(areas: readonly FocusAreaStatusInput[]): FocusAreaStatusCounts[] {
  return [...areas]
    .sort((a, b) => a.number - b.number)
    .map((area) => {
      const counts = emptyStatusCounts();
      for (const item of [...area.measures, ...area.targets]) counts[item.status] += 1;
      return { number: area.number, title: area.title, status: area.status, counts, total: area.measures.length + area.targets.length };
    });
}

/** The statuses that occur, in the package's order of the scale, with their counts. */
export function nonZeroCounts(counts: StatusCounts): { level: StatusLevel; count: number }[] {
  return STATUS_LEVELS.flatMap((level) => (counts[level] > 0 ? [{ level, count: counts[level] }] : []));
}

export interface BarSegment {
  level: StatusLevel;
  count: number;
  /** Where the segment starts and how wide it is, in the units of `width`. */
  x: number;
  width: number;
}

/**
 * One focus area's stacked bar: a segment per status that occurs, in the scale's order, scaled so that
 * `maxTotal` items fill `width`. Bars of different focus areas share the scale, so lengths compare.
 */
export function stackedSegments(counts: StatusCounts, maxTotal: number, width: number): BarSegment[] {
  if (maxTotal <= 0) return [];
  const unit = width / maxTotal;
  let x = 0;
  return nonZeroCounts(counts).map(({ level, count }) => {
    const segment = { level, count, x, width: count * unit };
    x += count * unit;
    return segment;
  });
}
