import { describe, expect, it } from 'vitest';

import { defaultReportYear, lastReportYear, parseAsOfParam, parseYearParam, reportYearOptions } from './plan-dates';

const prolonged = { periodFrom: 2022, periodTo: 2024, status: 'PROLONGED' as const };
const adopted = { periodFrom: 2022, periodTo: 2024, status: 'ADOPTED' as const };

describe('parseAsOfParam', () => {
  it('reads a real date, and treats a missing or empty one as today', () => {
    expect(parseAsOfParam('2024-06-30')).toEqual({ kind: 'date', date: '2024-06-30' });
    expect(parseAsOfParam(null)).toEqual({ kind: 'today' });
    expect(parseAsOfParam('')).toEqual({ kind: 'today' });
  });

  it('rejects anything else, including dates that do not exist', () => {
    expect(parseAsOfParam('2023-02-29')).toEqual({ kind: 'invalid', value: '2023-02-29' });
    expect(parseAsOfParam('30.06.2024')).toEqual({ kind: 'invalid', value: '30.06.2024' });
  });
});

describe('report years', () => {
  it('lets a prolonged plan report five years after its period, like the API', () => {
    expect(lastReportYear(prolonged)).toBe(2029);
    expect(lastReportYear(adopted)).toBe(2024);
  });

  it('offers a draft for every year of the plan up to this year, and every stored report, newest first', () => {
    const options = reportYearOptions(
      prolonged,
      [{ year: 2023, frozen: true, caseReference: 'SSU sak 04/2024', frozenAt: '2024-02-15T10:00:00.000Z' }],
      2026,
    );
    expect(options.map((option) => option.year)).toEqual([2026, 2025, 2024, 2023, 2022]);
    expect(options.find((option) => option.year === 2023)).toEqual({
      year: 2023,
      frozen: true,
      caseReference: 'SSU sak 04/2024',
      frozenAt: '2024-02-15T10:00:00.000Z',
    });
    expect(options.filter((option) => option.frozen)).toHaveLength(1);
  });

  it('offers no drafts after an adopted plan has ended, and none for years that have not begun', () => {
    expect(reportYearOptions(adopted, [], 2026).map((option) => option.year)).toEqual([2024, 2023, 2022]);
    expect(reportYearOptions(adopted, [], 2023).map((option) => option.year)).toEqual([2023, 2022]);
  });

  it("opens this year's report when there is one, else the newest", () => {
    const options = reportYearOptions(adopted, [], 2026);
    expect(defaultReportYear(options, 2026)).toBe(2024);
    expect(defaultReportYear(reportYearOptions(prolonged, [], 2026), 2026)).toBe(2026);
    expect(defaultReportYear([], 2026)).toBeUndefined();
  });

  it('reads a year from the URL only when it has four digits and fits the schema', () => {
    expect(parseYearParam('2024')).toBe(2024);
    expect(parseYearParam('1999')).toBeUndefined();
    expect(parseYearParam('20224')).toBeUndefined();
    expect(parseYearParam('abcd')).toBeUndefined();
    expect(parseYearParam(undefined)).toBeUndefined();
  });
});
