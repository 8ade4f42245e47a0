import { csvText } from '../../exports/csv-export.js';
import { allocationSheet, type AllocationExportTable } from './allocation-export.js';

/** The allocation as CSV that Excel in a Norwegian locale opens as a table (exports/csv-export.ts). */
export function allocationCsv(table: AllocationExportTable): string {
  return csvText(allocationSheet(table));
}
