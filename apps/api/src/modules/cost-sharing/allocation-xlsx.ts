import ExcelJS from 'exceljs';
import type { AllocationExportTable } from './allocation-export.js';

/** Whole kroner with a thousands separator (shown in the reader's locale: "24 189 kr" in Norwegian). */
const KRONER = '#,##0 "kr"';
const WHOLE = '#,##0';
const PERCENT = '0.00 %';

/** The allocation as an Excel workbook: one sheet, a bold frozen header row, number formats per column. */
export async function allocationXlsx(table: AllocationExportTable, meta: { communityName: string; created: Date }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = meta.communityName;
  workbook.title = `${table.title} – ${meta.communityName}`;
  workbook.created = meta.created;
  const sheet = workbook.addWorksheet(table.title, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { width: 16 },
    { width: 24 },
    { width: 18, style: { numFmt: WHOLE } },
    { width: 16, style: { numFmt: KRONER } },
    { width: 28, style: { numFmt: KRONER } },
    { width: 16, style: { numFmt: KRONER } },
    { width: 28, style: { numFmt: PERCENT } },
  ];
  const header = sheet.addRow([...table.headings]);
  header.font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow([row.municipalityNumber, row.name, row.population, row.fixedPart, row.perCapitaPart, row.amount, row.share]);
  }
  const last = sheet.lastRow;
  if (last) last.font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
