import { describe, expect, it } from 'vitest';

import { buildProgressSeries, linePath, linearScale, placeSeries, seriesDates, seriesRange, yearStarts } from './chart-scale';

describe('linearScale', () => {
  it('maps a domain onto a range, also an inverted one (SVG y grows downwards)', () => {
    const y = linearScale([0, 100], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(50)).toBe(100);
    expect(y(100)).toBe(0);
  });

  it('maps everything to the start of the range when the domain has no width', () => {
    expect(linearScale([5, 5], [10, 90])(5)).toBe(10);
  });
});

const points = [
  { date: '2022-06-30', focusAreaNumber: 3, averageProgress: null, status: 'AT_RISK' as const },
  { date: '2022-03-31', focusAreaNumber: 3, averageProgress: null, status: 'NOT_STARTED' as const },
  { date: '2022-12-31', focusAreaNumber: 3, averageProgress: 20, status: 'ON_TRACK' as const },
  { date: '2022-12-31', focusAreaNumber: 2, averageProgress: 15, status: 'ON_TRACK' as const },
  { date: '2023-03-31', focusAreaNumber: 3, averageProgress: 20, status: 'ON_TRACK' as const },
];

describe('buildProgressSeries', () => {
  it('makes one series per focus area, by number, with its points by date', () => {
    const series = buildProgressSeries(points, [1, 2, 3]);
    expect(series.map((one) => one.focusAreaNumber)).toEqual([1, 2, 3]);
    expect(series[0]?.points).toEqual([]);
    expect(series[2]?.points.map((point) => [point.date, point.value])).toEqual([
      ['2022-03-31', null],
      ['2022-06-30', null],
      ['2022-12-31', 20],
      ['2023-03-31', 20],
    ]);
    expect(seriesDates(series)).toEqual(['2022-03-31', '2022-06-30', '2022-12-31', '2023-03-31']);
  });

  it('knows the first and last known value of a series', () => {
    const [, two, three] = buildProgressSeries(points, [1, 2, 3]);
    expect(three && seriesRange(three)).toMatchObject({
      first: { date: '2022-12-31', value: 20 },
      last: { date: '2023-03-31', value: 20 },
    });
    expect(two && seriesRange(two)).toMatchObject({ first: { value: 15 }, last: { value: 15 } });
    expect(seriesRange({ focusAreaNumber: 1, points: [] })).toBeUndefined();
  });
});

describe('linePath', () => {
  it('moves, then draws lines, and breaks the line where a value is missing', () => {
    expect(
      linePath([
        { x: 0, y: 10 },
        { x: 10, y: 20 },
        { x: 20, y: null },
        { x: 30, y: 5.55 },
        { x: 40, y: 6 },
      ]),
    ).toBe('M0 10 L10 20 M30 5.6 L40 6');
    expect(linePath([{ x: 0, y: null }])).toBe('');
  });
});

describe('yearStarts', () => {
  it('gives 1 January of every year after the first date up to the last', () => {
    expect(yearStarts('2022-03-31', '2024-11-25')).toEqual(['2023-01-01', '2024-01-01']);
    expect(yearStarts('2022-03-31', '2022-12-31')).toEqual([]);
  });
});

describe('placeSeries', () => {
  it('puts the first date at the left edge, the last at the right, and 0–100 % bottom to top', () => {
    const placed = placeSeries(buildProgressSeries(points, [2, 3]), { width: 300, height: 120, left: 40, right: 20, top: 10, bottom: 10 });
    expect(placed.x('2022-03-31')).toBe(40);
    expect(placed.x('2023-03-31')).toBe(280);
    expect(placed.y(0)).toBe(110);
    expect(placed.y(100)).toBe(10);
    const three = placed.lines.find((line) => line.focusAreaNumber === 3);
    expect(three?.points.map((point) => point.y)).toEqual([null, null, placed.y(20), placed.y(20)]);
  });
});
