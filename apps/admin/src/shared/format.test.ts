import { describe, expect, it } from 'vitest';

import { formatDateTime, formatInteger, formatIsoDate, formatKroner, formatPercent, localeFor } from './format';

/** Intl uses no-break spaces in nb-NO; compare with plain spaces for readability. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('localeFor', () => {
  it('uses nb-NO for Norwegian and anything unknown, en-GB for English', () => {
    expect(localeFor('nb')).toBe('nb-NO');
    expect(localeFor('en')).toBe('en-GB');
    expect(localeFor('xx')).toBe('nb-NO');
  });
});

describe('formatInteger', () => {
  it("groups thousands with a space in nb-NO, as in the seed's cost table", () => {
    expect(plain(formatInteger(24189, 'nb-NO'))).toBe('24 189');
    expect(plain(formatInteger(740539, 'nb-NO'))).toBe('740 539');
    expect(plain(formatInteger(462, 'nb-NO'))).toBe('462');
  });

  it('uses a comma in English', () => {
    expect(formatInteger(212565, 'en-GB')).toBe('212,565');
  });

  it('writes negative numbers with a minus sign', () => {
    expect(plain(formatInteger(-504000, 'nb-NO'))).toBe('−504 000');
  });
});

describe('formatKroner', () => {
  it('shows whole kroner without decimals', () => {
    expect(plain(formatKroner(1244539, 'nb-NO'))).toBe('1 244 539 kr');
    expect(plain(formatKroner(740539, 'en-GB'))).toBe('NOK 740,539');
  });
});

describe('formatPercent', () => {
  it('shows a ratio as a percentage', () => {
    expect(plain(formatPercent(0.2, 'nb-NO'))).toBe('20 %');
    expect(plain(formatPercent(1 - 0.2, 'nb-NO'))).toBe('80 %');
    expect(formatPercent(0.125, 'en-GB')).toBe('12.5%');
  });
});

describe('formatIsoDate', () => {
  it('formats a date without shifting it by the time zone', () => {
    expect(formatIsoDate('2023-01-01', 'nb-NO')).toBe('1. januar 2023');
    expect(formatIsoDate('2022-12-31', 'en-GB')).toBe('31 December 2022');
  });

  it('returns text that is not an ISO date unchanged', () => {
    expect(formatIsoDate('soon', 'nb-NO')).toBe('soon');
  });
});

describe('formatDateTime', () => {
  it('shows date and time to the second in the given time zone', () => {
    expect(formatDateTime('2025-11-25T09:15:03.120Z', 'nb-NO', 'Europe/Oslo')).toBe('25.11.2025, 10:15:03');
    expect(formatDateTime('2025-11-25T09:15:03.120Z', 'en-GB', 'UTC')).toBe('25/11/2025, 09:15:03');
  });

  it('returns text that is not a date-time unchanged', () => {
    expect(formatDateTime('yesterday', 'nb-NO')).toBe('yesterday');
  });
});
