import { describe, expect, it } from 'vitest';

import { formatDateTime, formatIsoDate, localeFor } from './format.js';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('localeFor', () => {
  it('uses nb-NO for Norwegian and anything unknown, en-GB for English', () => {
    expect(localeFor('nb')).toBe('nb-NO');
    expect(localeFor('en')).toBe('en-GB');
    expect(localeFor('xx')).toBe('nb-NO');
  });
});

describe('formatIsoDate', () => {
  it('writes a date in Norwegian and in English without any time zone moving it', () => {
    expect(formatIsoDate('2025-01-01', localeFor('nb'))).toBe('1. januar 2025');
    expect(formatIsoDate('2025-01-01', localeFor('en'))).toBe('1 January 2025');
  });

  it('shows anything that is not a date as it is', () => {
    expect(formatIsoDate('not a date', 'nb-NO')).toBe('not a date');
    expect(formatIsoDate('2023-02-29', 'nb-NO')).toBe('2023-02-29');
  });
});

describe('formatDateTime', () => {
  it('writes a moment with date and time in the given time zone', () => {
    expect(plain(formatDateTime('2026-12-31T23:30:00Z', 'nb-NO', 'Europe/Oslo'))).toBe('01.01.2027, 00:30:00');
    expect(formatDateTime('garbage', 'nb-NO')).toBe('garbage');
  });
});
