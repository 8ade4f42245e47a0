import { toDayNumber } from '@helsefellesskap/calendar';
import type { StatusLevel } from '@helsefellesskap/status-schema';

/** A linear map from a domain onto a range; a zero-width domain maps everything to the range's start. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => r0;
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

export interface ProgressPointInput {
  date: string;
  focusAreaNumber: number;
  averageProgress?: number | null;
  status: StatusLevel;
}

export interface SeriesPoint {
  date: string;
  /** Average progress in percent; null when the focus area had no measure with progress then. */
  value: number | null;
  status: StatusLevel;
}

export interface ProgressSeries {
  focusAreaNumber: number;
  points: SeriesPoint[];
}

/** One series per focus area (in number order), its points by date; focus areas without points get an empty series. */
export function buildProgressSeries(points: readonly ProgressPointInput[], focusAreaNumbers: readonly number[]): ProgressSeries[] {
  const numbers = [...new Set([...focusAreaNumbers, ...points.map((point) => point.focusAreaNumber)])].sort((a, b) => a - b);
  return numbers.map((focusAreaNumber) => ({
    focusAreaNumber,
    points: points
      .filter((point) => point.focusAreaNumber === focusAreaNumber)
      .map((point) => ({ date: point.date, value: point.averageProgress ?? null, status: point.status }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  }));
}

/** The distinct dates of all series, oldest first: the rows of the chart's data table. */
export function seriesDates(series: readonly ProgressSeries[]): string[] {
  return [...new Set(series.flatMap((one) => one.points.map((point) => point.date)))].sort();
}

/** The first and last known value of a series, or undefined when it has none. */
export function seriesRange(series: ProgressSeries): { first: SeriesPoint; last: SeriesPoint } | undefined {
  const known = series.points.filter((point) => point.value !== null);
  const first = known[0];
  const last = known.at(-1);
  return first && last ? { first, last } : undefined;
}

/**
 * An SVG path through the points; a null value breaks the line, so a period without data is not
 * drawn as if progress had been known.
 */
export function linePath(points: readonly { x: number; y: number | null }[]): string {
  let path = '';
  let drawing = false;
  for (const point of points) {
    if (point.y === null) {
      drawing = false;
      continue;
    }
    path += `${path === '' ? '' : ' '}${drawing ? 'L' : 'M'}${round(point.x)} ${round(point.y)}`;
    drawing = true;
  }
  return path;
}

/** 1 January of every year after the first date, up to the last: where the x axis gets a year label. */
export function yearStarts(firstDate: string, lastDate: string): string[] {
  const starts: string[] = [];
  for (let year = Number(firstDate.slice(0, 4)) + 1; year <= Number(lastDate.slice(0, 4)); year += 1) starts.push(`${year}-01-01`);
  return starts;
}

export interface ChartLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Places every point of the series in the plot area: x by date, y by progress 0–100 %. */
export function placeSeries(series: readonly ProgressSeries[], layout: ChartLayout) {
  const dates = seriesDates(series);
  const first = dates[0];
  const last = dates.at(-1);
  const x =
    first && last ? linearScale([toDayNumber(first), toDayNumber(last)], [layout.left, layout.width - layout.right]) : () => layout.left;
  const y = linearScale([0, 100], [layout.height - layout.bottom, layout.top]);
  return {
    dates,
    x: (isoDate: string) => x(toDayNumber(isoDate)),
    y,
    lines: series.map((one) => ({
      focusAreaNumber: one.focusAreaNumber,
      points: one.points.map((point) => ({ ...point, x: x(toDayNumber(point.date)), y: point.value === null ? null : y(point.value) })),
    })),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
