import { describe, expect, it } from 'vitest';

import { isActiveOn, overlaps } from './periods.js';

describe('periods', () => {
  it('runs from its first to its last day, both included, and forever while open-ended', () => {
    const term = { startsOn: '2025-01-01', endsOn: '2026-12-31' };
    expect(isActiveOn(term, '2024-12-31')).toBe(false);
    expect(isActiveOn(term, '2025-01-01')).toBe(true);
    expect(isActiveOn(term, '2026-12-31')).toBe(true);
    expect(isActiveOn(term, '2027-01-01')).toBe(false);
    expect(isActiveOn({ startsOn: '2025-01-01', endsOn: null }, '2199-12-31')).toBe(true);
  });

  it('overlaps another period that shares at least one day', () => {
    expect(overlaps({ startsOn: '2025-01-01', endsOn: '2025-06-30' }, { startsOn: '2025-06-30', endsOn: null })).toBe(true);
    expect(overlaps({ startsOn: '2025-01-01', endsOn: '2025-06-29' }, { startsOn: '2025-06-30' })).toBe(false);
  });
});
