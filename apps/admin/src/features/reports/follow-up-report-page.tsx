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

const FollowUpQuery = graphql(`
  query FollowUpReport($filter: ReportFilter!) {
    reports {
      followUp(filter: $filter) {
        from
        to
        municipalities {
          partnerId
          communityName
          municipalityNumber
          municipalityName
          decisions
          adopted
          inProgress
          notStarted
          declined
          averageDaysToAdopt
          medianDaysToAdopt
        }
      }
    }
  }
`);

/** The follow-up report: per municipality, the consensus decisions adopted, pending and declined, and how long adopting took. */
export function FollowUpReportPage() {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const [searchParams] = useSearchParams();
  const filter = readReportFilter(searchParams);
  const { canRead, communities } = useReportCommunities();
  const { data, previousData, error, loading, refetch } = useQuery(FollowUpQuery, {
    variables: { filter: toReportFilterInput(filter) },
    skip: !canRead,
  });
  const report = (data ?? previousData)?.reports.followUp;
  const days = (value: number | null) => (value === null ? t('reports.noValue') : formatters.integer(Math.round(value)));
  return (
    <ReportPage
      title={t('reports.list.followUp')}
      description={t('reports.list.followUpDescription')}
      path="/reports/follow-up"
      communities={communities}
      query={{ loading, error, refetch, hasReport: report !== undefined }}
    >
      {report && (
        <>
          <Paragraph>{t('reports.followUp.period', { from: formatters.date(report.from), to: formatters.date(report.to) })}</Paragraph>
          <ReportDownloads
            report="followUp"
            filter={filter}
            csvTables={[{ table: 'municipalities', label: t('reports.downloads.csvMunicipalities') }]}
          />
          <ReportTable
            heading={t('reports.followUp.heading')}
            caption={t('reports.followUp.caption')}
            empty={t('reports.followUp.empty')}
            rows={report.municipalities}
            rowKey={(row) => row.partnerId}
            columns={[
              {
                key: 'municipality',
                header: t('reports.columns.municipality'),
                cell: (row) => `${row.municipalityName} (${row.municipalityNumber})`,
              },
              { key: 'community', header: t('reports.columns.community'), cell: (row) => row.communityName },
              { key: 'decisions', header: t('reports.columns.decisionsToFollow'), numeric: true, cell: (row) => row.decisions },
              { key: 'adopted', header: t('reports.columns.adopted'), numeric: true, cell: (row) => row.adopted },
              { key: 'inProgress', header: t('reports.columns.inProgress'), numeric: true, cell: (row) => row.inProgress },
              { key: 'notStarted', header: t('reports.columns.notStarted'), numeric: true, cell: (row) => row.notStarted },
              { key: 'declined', header: t('reports.columns.declined'), numeric: true, cell: (row) => row.declined },
              {
                key: 'days',
                header: t('reports.columns.daysToAdopt'),
                numeric: true,
                cell: (row) =>
                  row.averageDaysToAdopt === null
                    ? t('reports.noValue')
                    : t('reports.casesAndMeetings.days', { average: days(row.averageDaysToAdopt), median: days(row.medianDaysToAdopt) }),
              },
            ]}
          />
        </>
      )}
    </ReportPage>
  );
}
