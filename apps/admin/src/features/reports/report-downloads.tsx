import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { type ReportFilterParams, reportFilterSearch } from './report-filter';

/** The report as files from `/exports/{report}.csv|.xlsx`, with the same filter as the page (and so the same figures). */
export function ReportDownloads({
  report,
  filter,
  csvTables,
}: {
  report: string;
  filter: ReportFilterParams;
  csvTables: readonly { table: string; label: string }[];
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const href = (extension: 'csv' | 'xlsx', extra: Record<string, string> = {}) =>
    `/exports/${report}.${extension}?${reportFilterSearch(filter, extra).toString()}`;
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('reports.downloads.heading')}
      </Heading>
      <Paragraph>{t('reports.downloads.intro')}</Paragraph>
      <div className="button-row">
        {csvTables.map(({ table, label }) => (
          <Button key={table} asChild variant="secondary">
            <a href={href('csv', { table })} download>
              {label}
            </a>
          </Button>
        ))}
        <Button asChild variant="secondary">
          <a href={href('xlsx')} download>
            {t('reports.downloads.xlsx')}
          </a>
        </Button>
      </div>
    </section>
  );
}
