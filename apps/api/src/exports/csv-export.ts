import { stringify, type Options } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';
import type { Readable } from 'node:stream';
import type { CellSheet, ColumnKind } from './export-table.js';

/**
 * CSV that Excel in a Norwegian locale opens as a table: UTF-8 with a byte order mark (or Excel guesses
 * Windows-1252 and garbles æ, ø, å), semicolons between fields, Windows line ends and decimal commas.
 * Whole numbers have no thousands separators, so they are read as numbers.
 */
export const CSV_OPTIONS: Options = { bom: true, delimiter: ';', record_delimiter: 'windows' };

/** One cell as Excel in a Norwegian locale reads it: a decimal comma; percent as a number of percent with two decimals. */
export function csvCell(kind: ColumnKind, value: string | number | null): string | number {
  if (value === null) return '';
  if (kind === 'code') return value === '' ? '' : excelText(String(value));
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'percent':
      return (value * 100).toFixed(2).replace('.', ',');
    case 'decimal':
      return value.toFixed(1).replace('.', ',');
    default:
      return Number.isInteger(value) ? value : String(value).replace('.', ',');
  }
}

function records(sheet: CellSheet): Iterable<(string | number)[]> {
  return {
    *[Symbol.iterator]() {
      yield sheet.columns.map((column) => column.heading);
      for (const row of sheet.rows) yield row.cells.map((cell, index) => csvCell(sheet.columns[index]?.kind ?? 'text', cell));
    },
  };
}

/**
 * Digits as a formula whose value is the text, `="0301"`: Excel reads a bare 0301 in a CSV file as the
 * number 301 and drops the zero (Oslo's 0301 becomes 301, which is no municipality); a leading apostrophe
 * or a quoted field does not stop it, the formula does, in every locale. Only digits are let through, so
 * the formula can hold nothing else (no formula injection).
 */
export function excelText(digits: string): string {
  if (!/^\d{1,12}$/.test(digits)) throw new Error(`Not a code of digits: ${digits}`);
  return `="${digits}"`;
}

/** The sheet as a CSV stream: rows are written as the reader takes them (with back-pressure), never the whole file in memory. */
export function csvStream(sheet: CellSheet): Readable {
  const stream = stringify(CSV_OPTIONS);
  void (async () => {
    for (const values of records(sheet)) {
      if (!stream.write(values)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
    }
    stream.end();
  })();
  return stream;
}

/** The sheet as one CSV string (small tables, tests). */
export function csvText(sheet: CellSheet): string {
  return stringifySync([...records(sheet)], CSV_OPTIONS);
}
