import { parse } from 'csv-parse/sync';
import { MAX_POPULATION } from '../partner/partner.rules.js';

/**
 * Reads a population table as Statistics Norway (SSB) publishes it as CSV (tables 07459, 11342 and
 * the like): semicolons, quoted cells, optionally a title line above the header, a region column with
 * labels such as "1804 Bodø" (or "K-1804 Bodø"), and either one row per year (an "år" column and
 * one value column) or one column per year ("Personer 2024", "2024"). Encoding is the client's
 * concern: it sends text (a BOM is dropped here).
 */

/** Why a line of the file cannot be used; the UI words each in the user's language. */
export type PopulationLineProblemReason =
  'UNREADABLE_LINE' | 'NO_MUNICIPALITY_NUMBER' | 'BAD_YEAR' | 'MISSING_VALUE' | 'BAD_POPULATION' | 'DUPLICATE' | 'NOT_A_PARTNER';

export interface PopulationLine {
  line: number;
  municipalityNumber: string;
  year: number;
  population: number;
}

export interface PopulationLineProblem {
  line: number;
  reason: PopulationLineProblemReason;
  /** The cell the reason is about, as it stands in the file (so the user can find it). */
  text: string;
}

export interface ParsedPopulationFile {
  /** False when no header row with a "region" column was found: nothing in the file could be read. */
  headerFound: boolean;
  lines: PopulationLine[];
  problems: PopulationLineProblem[];
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;
/** SSB's symbols for a figure that is missing, confidential or not applicable. */
const MISSING = new Set(['', '.', '..', '...', ':', '-']);
const REGION = /^(?:K-)?(\d{4})(?:\s|$)/;
const YEAR_IN_HEADER = /(?:^|\s)((?:19|20|21)\d{2})$/;

export function parseSsbPopulationCsv(text: string): ParsedPopulationFile {
  const problems: PopulationLineProblem[] = [];
  const records = parse(text, {
    delimiter: ';',
    bom: true,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    trim: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      problems.push({ line: Number(error?.lines ?? 0), reason: 'UNREADABLE_LINE', text: error?.message ?? '' });
      return undefined;
    },
  }) as unknown as { record: string[]; info: { lines: number } }[];

  const headerAt = records.findIndex(({ record }) => record[0]?.toLowerCase() === 'region');
  const header = records[headerAt]?.record.map((cell) => cell.toLowerCase());
  if (!header) return { headerFound: false, lines: [], problems };
  const columns = yearColumns(header);

  const lines: PopulationLine[] = [];
  for (const { record, info } of records.slice(headerAt + 1)) {
    const line = info.lines;
    const region = record[0] ?? '';
    const number = REGION.exec(region)?.[1];
    if (!number) {
      problems.push({ line, reason: 'NO_MUNICIPALITY_NUMBER', text: region });
      continue;
    }
    for (const column of columns) {
      const yearText = column.yearIndex === undefined ? column.year : (record[column.yearIndex] ?? '');
      const year = Number(yearText);
      if (!/^\d{4}$/.test(yearText) || year < MIN_YEAR || year > MAX_YEAR) {
        problems.push({ line, reason: 'BAD_YEAR', text: yearText });
        continue;
      }
      const value = (record[column.valueIndex] ?? '').replace(/[\s\u00a0]/g, '');
      if (MISSING.has(value)) {
        problems.push({ line, reason: 'MISSING_VALUE', text: value });
        continue;
      }
      if (!/^\d+$/.test(value) || Number(value) > MAX_POPULATION) {
        problems.push({ line, reason: 'BAD_POPULATION', text: value });
        continue;
      }
      lines.push({ line, municipalityNumber: number, year, population: Number(value) });
    }
  }
  return { headerFound: true, lines, problems: problems.sort((a, b) => a.line - b.line) };
}

/**
 * Where the year and the figure stand: one "år" column and the last column as the value (long
 * form), or every column whose heading ends in a year (wide form).
 */
function yearColumns(header: string[]): { year: string; yearIndex?: number; valueIndex: number }[] {
  const yearIndex = header.findIndex((cell) => cell === 'år' || cell === 'ar' || cell === 'year');
  if (yearIndex >= 0) return [{ year: '', yearIndex, valueIndex: header.length - 1 }];
  return header.flatMap((cell, valueIndex) => {
    const year = YEAR_IN_HEADER.exec(cell)?.[1];
    return year && valueIndex > 0 ? [{ year, valueIndex }] : [];
  });
}
