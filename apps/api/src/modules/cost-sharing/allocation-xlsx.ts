import { xlsxBuffer } from '../../exports/xlsx-export.js';
import { allocationSheet, type AllocationExportTable } from './allocation-export.js';

/** The allocation as an Excel workbook: one sheet, a bold frozen header row, number formats per column, the sum row in bold. */
export function allocationXlsx(table: AllocationExportTable, meta: { communityName: string; created: Date }): Promise<Buffer> {
  return xlsxBuffer([allocationSheet(table)], {
    creator: meta.communityName,
    title: `${table.title} – ${meta.communityName}`,
    created: meta.created,
  });
}
