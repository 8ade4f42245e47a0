import { describe, expect, it } from 'vitest';

import { assertIsoDates, compareIsoDates, daysBetween, isIsoDate } from './dates.js';

describe('isIsoDate', () => {
  it('accepts a real calendar date written as YYYY-MM-DD', () => {
    expect(isIsoDate('2024-12-04')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it('rejects a date when it does not exist or is written differently', () => {
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('04.12.2024')).toBe(false);
    expect(isIsoDate('2024-12-04T00:00:00Z')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});

describe('daysBetween', () => {
  it('counts whole days across a leap day and a year end', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('is negative when the second date is earlier', () => {
    expect(daysBetween('2024-06-10', '2024-06-01')).toBe(-9);
  });

  it('counts the days across the change to summer time as whole days', () => {
    expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2);
  });
});

describe('compareIsoDates', () => {
  it('orders dates like a comparator', () => {
    expect(compareIsoDates('2024-01-01', '2024-01-02')).toBe(-1);
    expect(compareIsoDates('2024-01-02', '2024-01-02')).toBe(0);
    expect(compareIsoDates('2024-01-03', '2024-01-02')).toBe(1);
  });
});

describe('assertIsoDates', () => {
  it('throws a RangeError naming the value when a date is malformed', () => {
    expect(() => assertIsoDates('2024-01-01', '2024-1-1')).toThrow(new RangeError('Expected an ISO date (YYYY-MM-DD), got "2024-1-1".'));
  });

  it('skips null and undefined', () => {
    expect(() => assertIsoDates(null, undefined, '2024-01-01')).not.toThrow();
  });
});
