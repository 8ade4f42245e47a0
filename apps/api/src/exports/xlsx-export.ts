import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { XLSX_NUMBER_FORMATS, type CellSheet } from './export-table.js';

export interface WorkbookMeta {
  /** Shown as the workbook's author. */
  creator: string;
  title: string;
  created: Date;
}

type Worksheet = ExcelJS.Worksheet;

function fillSheet(sheet: Worksheet, table: CellSheet, commit: boolean): void {
  sheet.columns = table.columns.map((column) => ({
    width: column.width ?? Math.max(10, Math.min(40, column.heading.length + 2)),
    style: XLSX_NUMBER_FORMATS[column.kind] ? { numFmt: XLSX_NUMBER_FORMATS[column.kind] } : {},
  }));
  const header = sheet.addRow(table.columns.map((column) => column.heading));
  header.font = { bold: true };
  if (commit) header.commit();
  for (const { cells, emphasised } of table.rows) {
    const row = sheet.addRow(cells);
    if (emphasised) row.font = { bold: true };
    // A streaming sheet writes a committed row out and forgets it.
    if (commit) row.commit();
  }
}

function sheetName(title: string): string {
  // Excel refuses names longer than 31 characters and the characters : \ / ? * [ ].
  return title.replace(/[:\\/?*[\]]/g, '-').slice(0, 31);
}

/**
 * The sheets as an Excel workbook streamed to `output` (exceljs's streaming writer: each row is written
 * and forgotten): a bold, frozen header row and number formats per column on each sheet.
 */
export async function writeXlsx(output: Writable, sheets: readonly CellSheet[], meta: WorkbookMeta): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = meta.creator;
  workbook.title = meta.title;
  workbook.created = meta.created;
  for (const table of sheets) {
    const sheet = workbook.addWorksheet(sheetName(table.title), { views: [{ state: 'frozen', ySplit: 1 }] });
    fillSheet(sheet, table, true);
    sheet.commit();
  }
  await workbook.commit();
}

/** The sheets as an Excel workbook in memory (small tables such as one community's allocation). */
export async function xlsxBuffer(sheets: readonly CellSheet[], meta: WorkbookMeta): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = meta.creator;
  workbook.title = meta.title;
  workbook.created = meta.created;
  for (const table of sheets) {
    fillSheet(workbook.addWorksheet(sheetName(table.title), { views: [{ state: 'frozen', ySplit: 1 }] }), table, false);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
