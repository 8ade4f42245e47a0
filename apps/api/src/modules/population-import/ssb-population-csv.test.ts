import { describe, expect, it } from 'vitest';
import { planPopulationImport } from './population-import.js';
import { parseSsbPopulationCsv } from './ssb-population-csv.js';

/** SSB table 07459 as its "semicolon-separated with heading" download writes it (UTF-8 with BOM). */
const LONG = [
  '\uFEFF"07459: Befolkning, etter region, år og statistikkvariabel"',
  '',
  '"region";"år";"statistikkvariabel";"07459: Befolkning, etter region, år og statistikkvariabel"',
  '"1804 Bodø";"2024";"Personer";53712',
  '"K-1833 Rana";"2024";"Personer";26213',
  '"18 Nordland";"2024";"Personer";243335',
  '"1804 Bodø";"2025";"Personer";..',
  '"1804 Bodø";"20x5";"Personer";1',
  '"1833 Rana";"2023";"Personer";-5',
  '"1804 Bodø";"2024";"Personer";53000',
  '"1806 Narvik";"2024";"Personer";21500',
].join('\r\n');

describe('parseSsbPopulationCsv', () => {
  it('reads one row per municipality and year, reporting each bad line by its number in the file', () => {
    const parsed = parseSsbPopulationCsv(LONG);
    expect(parsed.headerFound).toBe(true);
    expect(parsed.lines).toEqual([
      { line: 4, municipalityNumber: '1804', year: 2024, population: 53712 },
      { line: 5, municipalityNumber: '1833', year: 2024, population: 26213 },
      { line: 10, municipalityNumber: '1804', year: 2024, population: 53000 },
      { line: 11, municipalityNumber: '1806', year: 2024, population: 21500 },
    ]);
    expect(parsed.problems).toEqual([
      { line: 6, reason: 'NO_MUNICIPALITY_NUMBER', text: '18 Nordland' },
      { line: 7, reason: 'MISSING_VALUE', text: '..' },
      { line: 8, reason: 'BAD_YEAR', text: '20x5' },
      { line: 9, reason: 'BAD_POPULATION', text: '-5' },
    ]);
  });

  it('reads a table with one column per year', () => {
    const parsed = parseSsbPopulationCsv('"region";"Personer 2023";"Personer 2024"\n"1804 Bodø";53000;53712\n');
    expect(parsed.lines).toEqual([
      { line: 2, municipalityNumber: '1804', year: 2023, population: 53000 },
      { line: 2, municipalityNumber: '1804', year: 2024, population: 53712 },
    ]);
  });

  it('says when there is no header row, and reports an unreadable line', () => {
    expect(parseSsbPopulationCsv('kommune,2024\nBodø,53712').headerFound).toBe(false);
    const parsed = parseSsbPopulationCsv('"region";"år";"x";"y"\n"1804 Bodø";"2024";"Personer";1\n"1833 Rana;"2024";"Personer";2');
    expect(parsed.lines).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ reason: 'UNREADABLE_LINE' });
  });
});

describe('planPopulationImport', () => {
  const municipalities = [
    { id: 'bodo', name: 'Bodø', municipalityNumber: '1804' },
    { id: 'rana', name: 'Rana', municipalityNumber: '1833' },
  ];

  it("pairs the file's figures with the recorded ones; another community's municipality and a repeated line are problems", () => {
    const plan = planPopulationImport(LONG, parseSsbPopulationCsv(LONG), municipalities, [
      { partnerId: 'bodo', year: 2024, population: 52803 },
    ]);
    expect(plan.changes.map(({ line, partnerName, year, before, after }) => ({ line, partnerName, year, before, after }))).toEqual([
      { line: 4, partnerName: 'Bodø', year: 2024, before: 52803, after: 53712 },
      { line: 5, partnerName: 'Rana', year: 2024, before: null, after: 26213 },
    ]);
    expect(plan.problems.filter((problem) => problem.line >= 10)).toEqual([
      { line: 10, reason: 'DUPLICATE', text: '1804 2024' },
      { line: 11, reason: 'NOT_A_PARTNER', text: '1806' },
    ]);
  });

  it('names the file and the figures compared, so a change to either gives another hash', () => {
    const parsed = parseSsbPopulationCsv(LONG);
    const hash = planPopulationImport(LONG, parsed, municipalities, []).hash;
    expect(planPopulationImport(LONG, parsed, municipalities, []).hash).toBe(hash);
    expect(planPopulationImport(LONG, parsed, municipalities, [{ partnerId: 'rana', year: 2024, population: 1 }]).hash).not.toBe(hash);
    expect(planPopulationImport(`${LONG}\n`, parsed, municipalities, []).hash).not.toBe(hash);
  });
});
