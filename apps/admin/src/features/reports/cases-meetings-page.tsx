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

const CasesMeetingsQuery = graphql(`
  query CasesMeetingsReport($filter: ReportFilter!) {
    reports {
      casesAndMeetings(filter: $filter) {
        from
        to
        organs {
          organId
          communityName
          organName
          year
          decisions
          decisionCases
          orientationCases
          discussionCases
          consensus
          vote
          noted
          postponed
          consensusShare
          averageDaysToDecision
          medianDaysToDecision
          meetings
          lateWithException
          lateWithoutException
          lateNotices
          lateMinutes
        }
      }
    }
  }
`);

/** The cases and meetings report: per organ and year, decisions, consensus, days to decision and deadlines kept. */
export function CasesMeetingsPage() {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const [searchParams] = useSearchParams();
  const filter = readReportFilter(searchParams);
  const { canRead, communities } = useReportCommunities();
  const { data, previousData, error, loading, refetch } = useQuery(CasesMeetingsQuery, {
    variables: { filter: toReportFilterInput(filter) },
    skip: !canRead,
  });
  const report = (data ?? previousData)?.reports.casesAndMeetings;
  const orNone = (value: number | null | undefined, format: (value: number) => string) =>
    value === null || value === undefined ? t('reports.noValue') : format(value);
  const days = (value: number) => formatters.integer(Math.round(value));
  return (
    <ReportPage
      title={t('reports.list.casesAndMeetings')}
      description={t('reports.list.casesAndMeetingsDescription')}
      path="/reports/cases-and-meetings"
      communities={communities}
      query={{ loading, error, refetch, hasReport: report !== undefined }}
    >
      {report && (
        <>
          <Paragraph>
            {t('reports.casesAndMeetings.period', { from: formatters.date(report.from), to: formatters.date(report.to) })}
          </Paragraph>
          <ReportDownloads
            report="casesAndMeetings"
            filter={filter}
            csvTables={[{ table: 'organs', label: t('reports.downloads.csvOrganYears') }]}
          />
          <ReportTable
            heading={t('reports.casesAndMeetings.heading')}
            caption={t('reports.casesAndMeetings.caption')}
            empty={t('reports.casesAndMeetings.empty')}
            rows={report.organs}
            rowKey={(row) => `${row.organId}-${row.year}`}
            columns={[
              { key: 'organ', header: t('reports.columns.organ'), cell: (row) => `${row.organName} ${row.year}` },
              { key: 'community', header: t('reports.columns.community'), cell: (row) => row.communityName },
              { key: 'decisions', header: t('reports.columns.decisions'), numeric: true, cell: (row) => row.decisions },
              {
                key: 'kinds',
                header: t('reports.columns.caseKinds'),
                cell: (row) =>
                  t('reports.casesAndMeetings.kinds', {
                    decision: row.decisionCases,
                    orientation: row.orientationCases,
                    discussion: row.discussionCases,
                  }),
              },
              {
                key: 'outcomes',
                header: t('reports.columns.outcomes'),
                cell: (row) =>
                  t('reports.casesAndMeetings.outcomes', {
                    consensus: row.consensus,
                    vote: row.vote,
                    noted: row.noted,
                    postponed: row.postponed,
                  }),
              },
              {
                key: 'consensusShare',
                header: t('reports.columns.consensusShare'),
                numeric: true,
                cell: (row) => orNone(row.consensusShare, formatters.percent),
              },
              {
                key: 'days',
                header: t('reports.columns.daysToDecision'),
                numeric: true,
                cell: (row) =>
                  row.averageDaysToDecision === null
                    ? t('reports.noValue')
                    : t('reports.casesAndMeetings.days', {
                        average: orNone(row.averageDaysToDecision, days),
                        median: orNone(row.medianDaysToDecision, days),
                      }),
              },
              { key: 'meetings', header: t('reports.columns.meetings'), numeric: true, cell: (row) => row.meetings },
              {
                key: 'late',
                header: t('reports.columns.lateCases'),
                numeric: true,
                cell: (row) =>
                  t('reports.casesAndMeetings.late', { withException: row.lateWithException, withoutException: row.lateWithoutException }),
              },
              { key: 'lateNotices', header: t('reports.columns.lateNotices'), numeric: true, cell: (row) => row.lateNotices },
              { key: 'lateMinutes', header: t('reports.columns.lateMinutes'), numeric: true, cell: (row) => row.lateMinutes },
            ]}
          />
        </>
      )}
    </ReportPage>
  );
}
