import { describe, expect, it } from 'vitest';

import {
  DATE_RANGE,
  addDays,
  addYears,
  assertIsoDates,
  clampDate,
  compareIsoDates,
  dayAfter,
  dayBefore,
  daysBetween,
  earlierOf,
  firstDayOfYear,
  isDateInRange,
  isIsoDate,
  lastDayOfYear,
  laterOf,
  quarterEndsBetween,
  toDayNumber,
  yearOf,
} from './dates.js';

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

describe('years below 100', () => {
  // The Date API reads the years 0–99 as 1900–1999, so "0050-03-01" once passed as a date in 1950.
  it('keeps a year below 100 as written instead of moving it to the 1900s', () => {
    expect(isIsoDate('0050-03-01')).toBe(true);
    expect(yearOf('0050-03-01')).toBe(50);
    expect(daysBetween('0050-03-01', '1950-03-01')).toBeGreaterThan(365 * 1899);
  });

  it('keeps such a year out of the range the product accepts', () => {
    expect(isDateInRange('0001-01-01')).toBe(false);
    expect(isDateInRange('0050-03-01')).toBe(false);
    expect(isDateInRange('1899-12-31')).toBe(false);
    expect(isDateInRange(DATE_RANGE.min)).toBe(true);
    expect(isDateInRange('2024-06-30')).toBe(true);
    expect(isDateInRange(DATE_RANGE.max)).toBe(true);
    expect(isDateInRange('2200-01-01')).toBe(false);
    expect(isDateInRange('9999-12-31')).toBe(false);
    expect(isDateInRange('2023-02-29')).toBe(false);
  });
});

describe('day arithmetic', () => {
  it('adds and subtracts days across a month, a leap day and a year end', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
  });

  it('moves 29 February to 1 March when adding whole years, as a term of whole years ends', () => {
    expect(addYears('2025-01-01', 2)).toBe('2027-01-01');
    expect(addYears('2024-02-29', 1)).toBe('2025-03-01');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('names the first and last day of a year and the quarter ends between two dates', () => {
    expect(firstDayOfYear(2027)).toBe('2027-01-01');
    expect(lastDayOfYear(2031)).toBe('2031-12-31');
    expect(quarterEndsBetween('2024-02-01', '2024-12-31')).toEqual(['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31']);
    expect(quarterEndsBetween('2024-04-01', '2024-06-29')).toEqual([]);
  });

  it('picks the earlier and the later of two dates', () => {
    expect(earlierOf('2024-01-02', '2023-12-31')).toBe('2023-12-31');
    expect(laterOf('2024-01-02', '2023-12-31')).toBe('2024-01-02');
  });
});

describe('clampDate', () => {
  it('moves a date into a period, and leaves one inside it as it is', () => {
    expect(clampDate('2031-06-01', '2022-01-01', '2029-12-31')).toBe('2029-12-31');
    expect(clampDate('2021-12-31', '2022-01-01', '2029-12-31')).toBe('2022-01-01');
    expect(clampDate('2024-06-30', '2022-01-01', '2029-12-31')).toBe('2024-06-30');
  });
});

describe('toDayNumber', () => {
  it('counts days since 1970-01-01 in UTC, so the time zone never moves a date', () => {
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('2024-03-31') - toDayNumber('2023-12-31')).toBe(91);
  });

  it('answers the same for every day of two centuries, more days than it remembers at once, and still refuses what is no date', () => {
    // The expected days come from JavaScript's own UTC calendar, not from the code under test, and
    // mismatches are collected and checked once: the loop stays cheap on a busy machine.
    const first = toDayNumber('1900-01-01');
    const startMs = Date.UTC(1900, 0, 1);
    const wrong: string[] = [];
    let day = '1900-01-01';
    for (let offset = 1; offset <= 60_000; offset += 1) {
      day = new Date(startMs + offset * 86_400_000).toISOString().slice(0, 10);
      if (toDayNumber(day) !== first + offset) wrong.push(day);
    }
    expect(wrong).toEqual([]);
    expect(daysBetween('1900-01-01', day)).toBe(60_000);
    expect(compareIsoDates(day, '1900-01-01')).toBe(1);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(() => toDayNumber('2023-02-29')).toThrow(RangeError);
  });
});
