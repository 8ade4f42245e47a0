import { cellSheet, exportFileName, type CellSheet, type ColumnKind } from '../../exports/export-table.js';
import type { AllocationLine } from './allocation.js';
import type { StoredAllocation } from './cost-sharing.service.js';

/**
 * The allocation as the table the secretariat invoices from: the same figures as Query.costAllocation,
 * with Norwegian headings (the files are read by Norwegian municipalities' accounts) and a sum row.
 */
export interface AllocationExportTable {
  headings: readonly string[];
  /** One row per municipality by municipality number, then the sum row. */
  rows: readonly AllocationExportRow[];
  /** The sheet's name and the document's title, e.g. "Kostnadsfordeling 2027". */
  title: string;
}

export interface AllocationExportRow {
  municipalityNumber: string;
  name: string;
  population: number;
  fixedPart: number;
  perCapitaPart: number;
  amount: number;
  /** The line's part of the municipal share, 0 to 1 (exact to what a spreadsheet shows: four decimals of a percentage). */
  share: number;
}

export function allocationExportTable(stored: StoredAllocation): AllocationExportTable {
  const { allocation, budgetYear, populationYear } = stored;
  const lines = [...allocation.lines].sort((a, b) => a.municipalityNumber.localeCompare(b.municipalityNumber));
  const shareOf = (amount: number) => (allocation.municipalShare === 0 ? 0 : amount / allocation.municipalShare);
  const row = (line: AllocationLine): AllocationExportRow => ({
    municipalityNumber: line.municipalityNumber,
    name: line.name ?? line.municipalityNumber,
    population: line.population,
    fixedPart: line.fixedPart,
    perCapitaPart: line.perCapitaPart,
    amount: line.amount,
    share: shareOf(line.amount),
  });
  const sum = (pick: (line: AllocationLine) => number) => lines.reduce((total, line) => total + pick(line), 0);
  return {
    title: `Kostnadsfordeling ${budgetYear}`,
    headings: [
      'Kommunenummer',
      'Kommune',
      `Innbyggere 1.1.${populationYear}`,
      'Fast andel (kr)',
      'Andel etter innbyggertall (kr)',
      'Å betale (kr)',
      'Andel av kommunenes del (%)',
    ],
    rows: [
      ...lines.map(row),
      {
        municipalityNumber: '',
        name: 'Sum',
        population: sum((line) => line.population),
        fixedPart: sum((line) => line.fixedPart),
        perCapitaPart: sum((line) => line.perCapitaPart),
        amount: sum((line) => line.amount),
        share: allocation.municipalShare === 0 ? 0 : 1,
      },
    ],
  };
}

/** "kostnadsfordeling-lofoten-vesterålen-salten-2027.csv": the community's short name and the year. */
export function allocationFileName(communityShortName: string, budgetYear: number, extension: 'csv' | 'xlsx'): string {
  return exportFileName(['kostnadsfordeling', communityShortName, budgetYear], extension);
}

const KINDS: readonly [ColumnKind, number, (row: AllocationExportRow) => string | number][] = [
  ['code', 16, (row) => row.municipalityNumber],
  ['text', 24, (row) => row.name],
  ['integer', 18, (row) => row.population],
  ['kroner', 16, (row) => row.fixedPart],
  ['kroner', 28, (row) => row.perCapitaPart],
  ['kroner', 16, (row) => row.amount],
  ['percent', 28, (row) => row.share],
];

/** The table as a sheet for the CSV and XLSX writers (exports/): the sum row, last, in bold. */
export function allocationSheet(table: AllocationExportTable): CellSheet {
  const last = table.rows[table.rows.length - 1];
  return cellSheet({
    title: table.title,
    columns: KINDS.map(([kind, width, value], index) => ({ heading: table.headings[index] ?? '', kind, width, value })),
    rows: table.rows,
    isEmphasised: (row) => row === last,
  });
}
