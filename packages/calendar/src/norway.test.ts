import { describe, expect, it } from 'vitest';

import { isClockTime, osloDate, osloMoment, osloTime } from './norway.js';

describe('osloDate', () => {
  it('gives the date in Norway, one hour ahead of UTC in winter', () => {
    expect(osloDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(osloDate(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
    expect(osloDate(new Date('2026-12-31T12:00:00Z'))).toBe('2026-12-31');
  });

  it('follows summer time (UTC+2)', () => {
    expect(osloDate(new Date('2027-06-30T21:59:59Z'))).toBe('2027-06-30');
    expect(osloDate(new Date('2027-06-30T22:00:00Z'))).toBe('2027-07-01');
  });
});

describe('osloMoment and osloTime', () => {
  it('reads a date and time in Norway in winter (UTC+1) and summer (UTC+2)', () => {
    expect(osloMoment('2025-03-12', '10:00').toISOString()).toBe('2025-03-12T09:00:00.000Z');
    expect(osloMoment('2025-06-12', '10:00').toISOString()).toBe('2025-06-12T08:00:00.000Z');
    expect(osloTime(new Date('2025-06-12T08:00:00Z'))).toBe('10:00');
    expect(osloTime(new Date('2025-12-31T23:15:00Z'))).toBe('00:15');
  });

  it('reads a time in the skipped hour of the spring change as after it', () => {
    expect(osloMoment('2025-03-30', '02:30').toISOString()).toBe('2025-03-30T01:30:00.000Z');
  });

  it('refuses what is not a time of day', () => {
    expect(isClockTime('24:00')).toBe(false);
    expect(isClockTime('9:00')).toBe(false);
    expect(isClockTime('09:05')).toBe(true);
    expect(() => osloMoment('2025-03-12', '25:00')).toThrow(RangeError);
  });
});
