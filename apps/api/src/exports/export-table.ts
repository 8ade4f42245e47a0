/**
 * A table for download, as CSV and XLSX alike: Norwegian headings, one kind per column (which decides
 * the CSV's number format and the spreadsheet's number format), and the rows. The cost allocation and
 * the analysts' reports are written through it.
 */
/** `code`: digits that are text, not a number (a municipality number: Oslo is 0301, not 301). */
export type ColumnKind = 'text' | 'code' | 'integer' | 'decimal' | 'kroner' | 'percent' | 'date';

export interface ExportColumn<Row> {
  heading: string;
  kind: ColumnKind;
  /** Text for text and date columns; a number (a fraction 0..1 for percent) or null for the others. */
  value: (row: Row) => string | number | null;
  /** The spreadsheet column's width in characters; from the heading when left out. */
  width?: number;
}

export interface ExportSheet<Row> {
  /** The sheet's name (at most 31 characters, Excel's limit) and the title of the table. */
  title: string;
  columns: readonly ExportColumn<Row>[];
  rows: Iterable<Row>;
  /** Rows to set in bold (a sum row). */
  isEmphasised?: (row: Row) => boolean;
}

/** Spreadsheet number formats by column kind (shown in the reader's locale: "24 189 kr" in Norwegian). */
export const XLSX_NUMBER_FORMATS: Record<ColumnKind, string | undefined> = {
  text: undefined,
  code: '@',
  date: undefined,
  integer: '#,##0',
  decimal: '#,##0.0',
  kroner: '#,##0 "kr"',
  percent: '0.00 %',
};

/** "kostnadsfordeling-lofoten-vesterålen-salten-2027.csv": words and numbers joined by dashes, Norwegian letters kept. */
export function exportFileName(parts: readonly (string | number)[], extension: 'csv' | 'xlsx', fallback = 'helsefellesskap'): string {
  const slug = (text: string) =>
    text
      .toLocaleLowerCase('nb')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '');
  const words = parts.map((part) => slug(String(part)) || fallback);
  return `${words.join('-')}.${extension}`;
}

/** A sheet reduced to its cells, whatever its row type: what the writers take. */
export interface CellSheet {
  title: string;
  columns: readonly { heading: string; kind: ColumnKind; width?: number }[];
  rows: Iterable<{ cells: (string | number | null)[]; emphasised: boolean }>;
}

/** The sheet's rows as cells, computed as the writer reads them. */
export function cellSheet<Row>(sheet: ExportSheet<Row>): CellSheet {
  const { columns, isEmphasised } = sheet;
  return {
    title: sheet.title,
    columns: columns.map(({ heading, kind, width }) => ({ heading, kind, ...(width === undefined ? {} : { width }) })),
    rows: {
      *[Symbol.iterator]() {
        for (const row of sheet.rows) yield { cells: columns.map((column) => column.value(row)), emphasised: isEmphasised?.(row) ?? false };
      },
    },
  };
}
