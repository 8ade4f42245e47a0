import { describe, expect, it } from 'vitest';

import { formatInteger, formatKroner, formatPercent } from './format';

/** Intl uses no-break spaces in nb-NO; compare with plain spaces for readability. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

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
