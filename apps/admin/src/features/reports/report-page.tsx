import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { PageBreadcrumbs } from '../../shared/page-breadcrumbs';
import { Loading, QueryError } from '../../shared/query-state';
import { useDocumentTitle } from '../../shared/use-document-title';
import { ReportFilterForm } from './report-filter-form';
import { ReportsGate, type ReportCommunity } from './reports-gate';
import './reports.css';

interface ReportPageProps {
  title: string;
  description: string;
  /** The report's address under /reports, for the breadcrumbs. */
  path: string;
  communities: readonly ReportCommunity[];
  /** The report's query: while a changed filter loads, the previous report stays on screen, marked busy. */
  query: { loading: boolean; error?: unknown; refetch: () => unknown; hasReport: boolean };
  children: ReactNode;
}

/** The frame every report shares: breadcrumbs, heading, the filter kept in the address, and the query's state. */
export function ReportPage({ title, description, path, communities, query, children }: ReportPageProps) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  const [searchParams] = useSearchParams();
  return (
    <ReportsGate>
      <PageBreadcrumbs
        crumbs={[
          { label: t('reports.title'), to: '/reports' },
          { label: title, to: path },
        ]}
      />
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph variant="long">{description}</Paragraph>
      <ReportFilterForm key={searchParams.toString()} communities={communities} />
      {query.error !== undefined && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {query.loading && !query.hasReport && <Loading />}
      {query.hasReport && (
        <div className="report-results" aria-busy={query.loading}>
          {children}
        </div>
      )}
    </ReportsGate>
  );
}
