import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';

import { ScrollableTable } from '../../shared/scrollable-table';

export interface ReportColumn<Row> {
  key: string;
  header: string;
  numeric?: boolean;
  cell: (row: Row) => ReactNode;
}

/**
 * One table of a report under its own heading: the first column names the row (a row header), numbers
 * are right-aligned, and a wide table scrolls sideways in a focusable region named by its caption.
 */
export function ReportTable<Row>({
  heading,
  caption,
  empty,
  columns,
  rows,
  rowKey,
}: {
  heading: string;
  caption: string;
  /** Shown instead of the table when there are no rows. */
  empty: string;
  columns: readonly ReportColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
}) {
  const captionId = useId();
  const [first, ...rest] = columns;
  return (
    <section className="page-section" aria-labelledby={`${captionId}-heading`}>
      <Heading level={2} data-size="sm" id={`${captionId}-heading`}>
        {heading}
      </Heading>
      {rows.length === 0 || !first ? (
        <Paragraph>{empty}</Paragraph>
      ) : (
        <ScrollableTable captionId={captionId}>
          <Table data-size="sm" className="report-table">
            <caption id={captionId}>{caption}</caption>
            <Table.Head>
              <Table.Row>
                {columns.map((column) => (
                  <Table.HeaderCell key={column.key} className={column.numeric ? 'numeric' : undefined}>
                    {column.header}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((row) => (
                <Table.Row key={rowKey(row)}>
                  <Table.HeaderCell scope="row">{first.cell(row)}</Table.HeaderCell>
                  {rest.map((column) => (
                    <Table.Cell key={column.key} className={column.numeric ? 'numeric' : undefined}>
                      {column.cell(row)}
                    </Table.Cell>
                  ))}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollableTable>
      )}
    </section>
  );
}
