import { useQuery } from '@apollo/client/react';
import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { graphql } from '../../gql';
import { useFormatters } from '../../shared/use-formatters';
import { readReportFilter, toReportFilterInput } from './report-filter';
import { ReportDownloads } from './report-downloads';
import { ReportPage } from './report-page';
import { ReportTable } from './report-table';
import { useReportCommunities } from './reports-gate';

const CostSharingQuery = graphql(`
  query CostSharingReport($filter: ReportFilter!) {
    reports {
      costSharing(filter: $filter) {
        from
        to
        lines {
          communityId
          communityName
          budgetYear
          populationYear
          municipalityNumber
          municipalityName
          population
          populationShare
          amount
          kronerPerInhabitant
          populationMissing
        }
      }
    }
  }
`);

/** The cost sharing report: what each municipality pays per budget year, with the population behind it. */
export function CostSharingPage() {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const [searchParams] = useSearchParams();
  const filter = readReportFilter(searchParams);
  const { canRead, communities } = useReportCommunities();
  const { data, previousData, error, loading, refetch } = useQuery(CostSharingQuery, {
    variables: { filter: toReportFilterInput(filter) },
    skip: !canRead,
  });
  const report = (data ?? previousData)?.reports.costSharing;
  const none = t('reports.noValue');
  return (
    <ReportPage
      title={t('reports.list.costSharing')}
      description={t('reports.list.costSharingDescription')}
      path="/reports/cost-sharing"
      communities={communities}
      query={{ loading, error, refetch, hasReport: report !== undefined }}
    >
      {report && (
        <>
          <Paragraph>{t('reports.costSharing.period', { from: formatters.date(report.from), to: formatters.date(report.to) })}</Paragraph>
          <ReportDownloads report="costSharing" filter={filter} csvTables={[{ table: 'lines', label: t('reports.downloads.csvLines') }]} />
          <ReportTable
            heading={t('reports.costSharing.heading')}
            caption={t('reports.costSharing.caption')}
            empty={t('reports.costSharing.empty')}
            rows={report.lines}
            rowKey={(row) => `${row.communityId}-${row.budgetYear}-${row.municipalityNumber}`}
            columns={[
              {
                key: 'municipality',
                header: t('reports.columns.municipality'),
                cell: (row) => `${row.municipalityName} (${row.municipalityNumber})`,
              },
              { key: 'community', header: t('reports.columns.community'), cell: (row) => row.communityName },
              { key: 'year', header: t('reports.columns.budgetYear'), numeric: true, cell: (row) => row.budgetYear },
              {
                key: 'population',
                header: t('reports.columns.population'),
                numeric: true,
                cell: (row) =>
                  row.population === null
                    ? t('reports.costSharing.populationMissing', { year: row.populationYear })
                    : t('reports.costSharing.population', { population: formatters.integer(row.population), year: row.populationYear }),
              },
              {
                key: 'share',
                header: t('reports.columns.populationShare'),
                numeric: true,
                cell: (row) => (row.populationShare === null ? none : formatters.percent(row.populationShare)),
              },
              {
                key: 'amount',
                header: t('reports.columns.amount'),
                numeric: true,
                cell: (row) => (row.amount === null ? t('reports.costSharing.notAllocated') : formatters.kroner(row.amount)),
              },
              {
                key: 'perInhabitant',
                header: t('reports.columns.perInhabitant'),
                numeric: true,
                cell: (row) => (row.kronerPerInhabitant === null ? none : formatters.kroner(row.kronerPerInhabitant)),
              },
            ]}
          />
        </>
      )}
    </ReportPage>
  );
}
