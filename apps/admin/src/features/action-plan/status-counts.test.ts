import { describe, expect, it } from 'vitest';

import { countStatusesPerFocusArea, emptyStatusCounts, nonZeroCounts, stackedSegments } from './status-counts';

const areas = [
  {
    number: 3,
    title: 'Demografi, rekruttering og teknologi',
    status: 'DELAYED' as const,
    measures: [{ status: 'DELAYED' as const }, { status: 'COMPLETED' as const }],
    targets: [{ status: 'DELAYED' as const }],
  },
  { number: 1, title: 'Helhetlige pasientforløp', status: 'NOT_STARTED' as const, measures: [], targets: [] },
];

describe('countStatusesPerFocusArea', () => {
  it('counts measures and targets together per status, in the order of the focus areas', () => {
    const rows = countStatusesPerFocusArea(areas);
    expect(rows.map((row) => row.number)).toEqual([1, 3]);
    expect(rows[0]).toEqual({ number: 1, title: 'Helhetlige pasientforløp', status: 'NOT_STARTED', counts: emptyStatusCounts(), total: 0 });
    expect(rows[1]?.counts).toEqual({ ...emptyStatusCounts(), DELAYED: 2, COMPLETED: 1 });
    expect(rows[1]?.total).toBe(3);
    expect(rows[1]?.status).toBe('DELAYED');
  });
});

describe('nonZeroCounts', () => {
  it("lists the statuses that occur in the package's order of the scale", () => {
    expect(nonZeroCounts({ ...emptyStatusCounts(), COMPLETED: 1, ON_TRACK: 2, DELAYED: 1 })).toEqual([
      { level: 'ON_TRACK', count: 2 },
      { level: 'DELAYED', count: 1 },
      { level: 'COMPLETED', count: 1 },
    ]);
  });
});

describe('stackedSegments', () => {
  it('lays the segments end to end on a scale shared by every bar', () => {
    const segments = stackedSegments({ ...emptyStatusCounts(), AT_RISK: 1, DELAYED: 2 }, 4, 400);
    expect(segments).toEqual([
      { level: 'AT_RISK', count: 1, x: 0, width: 100 },
      { level: 'DELAYED', count: 2, x: 100, width: 200 },
    ]);
  });

  it('draws nothing without items', () => {
    expect(stackedSegments(emptyStatusCounts(), 0, 400)).toEqual([]);
    expect(stackedSegments(emptyStatusCounts(), 3, 400)).toEqual([]);
  });
});
