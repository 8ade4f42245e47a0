import { describe, expect, it } from 'vitest';

import { addDays, dateFromParam, dayBefore, isActiveOn, isIsoDate, overlaps, todayInNorway } from './dates';

describe('dates', () => {
  it('accepts real YYYY-MM-DD dates only', () => {
    expect(isIsoDate('2026-12-01')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('1.12.2026')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('counts days across months and years', () => {
    expect(dayBefore('2026-12-01')).toBe('2026-11-30');
    expect(dayBefore('2027-01-01')).toBe('2026-12-31');
    expect(addDays('2026-11-25', 6)).toBe('2026-12-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it("takes today as Norway's date, also when it is another date in UTC", () => {
    expect(todayInNorway(new Date('2026-11-25T12:00:00Z'))).toBe('2026-11-25');
    // 23:30 UTC on 31 December is already New Year's Day in Oslo.
    expect(todayInNorway(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('reads the date from the URL, or today', () => {
    expect(dateFromParam('2026-11-30', '2026-11-25')).toBe('2026-11-30');
    expect(dateFromParam('yesterday', '2026-11-25')).toBe('2026-11-25');
    expect(dateFromParam(null, '2026-11-25')).toBe('2026-11-25');
  });

  it('compares terms, open-ended ones running forever', () => {
    const term = { startsOn: '2025-01-01', endsOn: '2026-12-31' };
    expect(isActiveOn(term, '2025-01-01')).toBe(true);
    expect(isActiveOn(term, '2026-12-31')).toBe(true);
    expect(isActiveOn(term, '2027-01-01')).toBe(false);
    expect(isActiveOn({ startsOn: '2025-01-01', endsOn: null }, '2099-01-01')).toBe(true);
    expect(overlaps(term, { startsOn: '2026-12-01', endsOn: null })).toBe(true);
    expect(overlaps(term, { startsOn: '2027-01-01', endsOn: '2028-12-31' })).toBe(false);
  });
});
