import { describe, expect, it } from 'vitest';

import { buildWhatIfInput, parsePercent, parseWholeNumber, ratioToPercentText, type WhatIfFormValues } from './what-if-input';

describe('parseWholeNumber', () => {
  it('reads numbers with or without Norwegian digit grouping', () => {
    expect(parseWholeNumber('740539')).toBe(740539);
    expect(parseWholeNumber('740 539')).toBe(740539);
    expect(parseWholeNumber(' 740\u00a0539 ')).toBe(740539);
    expect(parseWholeNumber('0')).toBe(0);
  });

  it('rejects decimals, negatives, words, empty text and numbers too large for GraphQL Int', () => {
    for (const text of ['1,5', '-3', 'abc', '', '2147483648']) {
      expect(parseWholeNumber(text), text).toBeUndefined();
    }
  });
});

describe('parsePercent', () => {
  it('reads a percentage with a decimal comma or point and an optional %', () => {
    expect(parsePercent('20')).toBe(20);
    expect(parsePercent('12,5')).toBe(12.5);
    expect(parsePercent('12.5 %')).toBe(12.5);
    expect(parsePercent('100')).toBe(100);
  });

  it('rejects values outside 0 to 100 and non-numbers', () => {
    for (const text of ['101', '-1', 'abc', '']) {
      expect(parsePercent(text), text).toBeUndefined();
    }
  });
});

describe('ratioToPercentText', () => {
  it("shows the ratio as a percentage with the language's decimal separator", () => {
    expect(ratioToPercentText(0.2, ',')).toBe('20');
    expect(ratioToPercentText(0.125, ',')).toBe('12,5');
    expect(ratioToPercentText(0.125, '.')).toBe('12.5');
  });
});

describe('buildWhatIfInput', () => {
  const values: WhatIfFormValues = {
    municipalShare: '740 539',
    fixedSharePercent: '20',
    municipalities: [
      { municipalityNumber: '1811', name: 'Bindal', participates: false, population: '0' },
      { municipalityNumber: '1812', name: 'Sømna', participates: true, population: '1981' },
      { municipalityNumber: '1833', name: 'Rana', participates: true, population: '26 092' },
    ],
  };

  it('builds the input from the participating municipalities only', () => {
    expect(buildWhatIfInput(values)).toEqual({
      ok: true,
      input: {
        municipalShare: 740539,
        fixedShareRatio: 0.2,
        municipalities: [
          { municipalityNumber: '1812', name: 'Sømna', population: 1981 },
          { municipalityNumber: '1833', name: 'Rana', population: 26092 },
        ],
      },
    });
  });

  it('sends the ratio without floating-point noise', () => {
    const result = buildWhatIfInput({ ...values, fixedSharePercent: '12,5' });
    expect(result.ok && result.input.fixedShareRatio).toBe(0.125);
  });

  it('reports every invalid field', () => {
    const result = buildWhatIfInput({
      municipalShare: 'lots',
      fixedSharePercent: '150',
      municipalities: [{ municipalityNumber: '1812', name: 'Sømna', participates: true, population: 'many' }],
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        municipalShare: 'wholeNumber',
        fixedSharePercent: 'percent',
        populations: { '1812': 'wholeNumber' },
      },
    });
  });

  it('ignores the population of a municipality that does not participate', () => {
    const result = buildWhatIfInput({
      ...values,
      municipalities: [
        { municipalityNumber: '1811', name: 'Bindal', participates: false, population: '?' },
        { municipalityNumber: '1812', name: 'Sømna', participates: true, population: '1981' },
      ],
    });
    expect(result.ok).toBe(true);
  });

  it('requires at least one participating municipality', () => {
    const result = buildWhatIfInput({
      ...values,
      municipalities: values.municipalities.map((row) => ({ ...row, participates: false })),
    });
    expect(result).toEqual({ ok: false, errors: { municipalities: 'noMunicipalities', populations: {} } });
  });
});
