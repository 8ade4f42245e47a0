import { stringify } from 'csv-stringify/sync';
import type { AllocationExportTable } from './allocation-export.js';

/**
 * The allocation as CSV that Excel in a Norwegian locale opens as a table: UTF-8 with a byte order mark
 * (or Excel guesses Windows-1252 and garbles æ, ø, å), semicolons between fields and decimal commas.
 * Kroner are whole numbers without thousands separators, so they are read as numbers.
 */
export function allocationCsv(table: AllocationExportTable): string {
  return stringify(
    [
      table.headings,
      ...table.rows.map((row) => [
        row.municipalityNumber,
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
