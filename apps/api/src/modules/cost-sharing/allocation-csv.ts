import { stringify } from 'csv-stringify/sync';
import type { AllocationExportTable } from './allocation-export.js';

/**
 * A municipality number as a formula whose value is the text, `="0301"`: Excel reads a bare 0301 in a
 * CSV file as the number 301 and drops the zero (Oslo's 0301 becomes 301, which is no municipality);
 * a leading apostrophe or a quoted field does not stop it, the formula does, in every locale. The
 * number is four digits (the register checks it), so the formula holds nothing but them.
 */
export function excelText(municipalityNumber: string): string {
  if (!/^\d{4}$/.test(municipalityNumber)) throw new Error(`Not a municipality number: ${municipalityNumber}`);
  return `="${municipalityNumber}"`;
}

/**
 * The allocation as CSV that Excel in a Norwegian locale opens as a table: UTF-8 with a byte order mark
 * (or Excel guesses Windows-1252 and garbles æ, ø, å), semicolons between fields and decimal commas.
 * Kroner are whole numbers without thousands separators, so they are read as numbers; municipality
 * numbers are text (`excelText`), so 0301 keeps its zero.
 */
export function allocationCsv(table: AllocationExportTable): string {
  return stringify(
    [
      table.headings,
      ...table.rows.map((row) => [
        row.municipalityNumber === '' ? '' : excelText(row.municipalityNumber),
        row.name,
        row.population,
        row.fixedPart,
        row.perCapitaPart,
        row.amount,
        (row.share * 100).toFixed(2).replace('.', ','),
      ]),
    ],
    { bom: true, delimiter: ';', record_delimiter: 'windows' },
  );
}
