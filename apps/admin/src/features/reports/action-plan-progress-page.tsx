import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { STATUS_LEVELS } from '@helsefellesskap/status-schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { graphql } from '../../gql';
import { ScrollableTable } from '../../shared/scrollable-table';
import { useFormatters } from '../../shared/use-formatters';
import { statusLabel, toLocale } from '../action-plan/status-presentation';
import { CommunityProgressChart, toStatusRecord } from './community-progress-chart';
import { readReportFilter, toReportFilterInput } from './report-filter';
import { ReportDownloads } from './report-downloads';
import { ReportPage } from './report-page';
import { useReportCommunities } from './reports-gate';

const ActionPlanProgressQuery = graphql(`
  query ActionPlanProgressReport($filter: ReportFilter!, $interval: ReportInterval) {
    reports {
      actionPlanProgress(filter: $filter, interval: $interval) {
        from
        to
        staleAfterDays
        communities {
          communityId
          communityName
          plans
          focusAreas
          measures {
            onTrack
            atRisk
            delayed
            completed
            notStarted
            cancelled
            total
          }
          targets {
            completed
            total
          }
          averageProgress
          overdueMeasures
          staleMeasures
          focusAreasWithoutCommittee
          focusAreasWithoutMeasures
        }
        focusAreas {
          focusAreaId
          communityName
          planTitle
          number
          title
          professionalCommittee
          measures {
            onTrack
            atRisk
            delayed
            completed
            notStarted
            cancelled
            total
          }
          targets {
            completed
            total
          }
          averageProgress
          overdueMeasures
          staleMeasures
        }
        overTime {
          communityId
          communityName
          periodStart
          asOf
          measures {
            onTrack
            atRisk
            delayed
            completed
            notStarted
            cancelled
            total
          }
          averageProgress
        }
      }
    }
  }
`);

type StatusCountsRecord = Parameters<typeof toStatusRecord>[0] & { total: number };

/** Measures by status, one column per level: the table alternative of the chart and the CSV's columns. */
function StatusCells({ counts }: { counts: StatusCountsRecord }) {
  const record = toStatusRecord(counts);
  return (
    <>
      {STATUS_LEVELS.map((level) => (
        <Table.Cell key={level} className="numeric">
          {record[level]}
        </Table.Cell>
      ))}
      <Table.Cell className="numeric">{counts.total}</Table.Cell>
    </>
  );
}

function StatusHeaders() {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  return (
    <>
      {STATUS_LEVELS.map((level) => (
        <Table.HeaderCell key={level} className="numeric">
          {statusLabel(level, locale)}
        </Table.HeaderCell>
      ))}
      <Table.HeaderCell className="numeric">{t('reports.columns.measures')}</Table.HeaderCell>
    </>
  );
}

/** The action plan progress report: the communities side by side (chart and table), the focus areas, and over time. */
export function ActionPlanProgressPage() {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const [searchParams] = useSearchParams();
  const filter = readReportFilter(searchParams);
  const { canRead, communities } = useReportCommunities();
  const comparisonCaption = useId();
  const areasCaption = useId();
  const overTimeCaption = useId();
  const { data, previousData, error, loading, refetch } = useQuery(ActionPlanProgressQuery, {
    variables: { filter: toReportFilterInput(filter), interval: filter.interval },
    skip: !canRead,
  });
  const report = (data ?? previousData)?.reports.actionPlanProgress;
  const progress = (value: number | null) => (value === null ? t('reports.noValue') : formatters.percent(value / 100));

  return (
    <ReportPage
      title={t('reports.list.actionPlanProgress')}
      description={t('reports.list.actionPlanProgressDescription')}
      path="/reports/action-plan-progress"
      communities={communities}
      query={{ loading, error, refetch, hasReport: report !== undefined }}
    >
      {report && (
        <>
          <Paragraph>{t('reports.period', { from: formatters.date(report.from), to: formatters.date(report.to) })}</Paragraph>
          <ReportDownloads
            report="actionPlanProgress"
            filter={filter}
            csvTables={[
              { table: 'communities', label: t('reports.downloads.csvCommunities') },
              { table: 'focusAreas', label: t('reports.downloads.csvFocusAreas') },
            ]}
          />
          <section className="page-section" aria-labelledby={`${comparisonCaption}-heading`}>
            <Heading level={2} data-size="sm" id={`${comparisonCaption}-heading`}>
              {t('reports.comparison.heading')}
            </Heading>
            <CommunityProgressChart
              rows={report.communities.map((row) => ({
                communityId: row.communityId,
                communityName: row.communityName,
                counts: toStatusRecord(row.measures),
                total: row.measures.total,
              }))}
            />
            <ScrollableTable captionId={comparisonCaption}>
              <Table data-size="sm" className="report-table">
                <caption id={comparisonCaption}>{t('reports.comparison.caption')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('reports.columns.community')}</Table.HeaderCell>
                    <Table.HeaderCell className="numeric">{t('reports.columns.plans')}</Table.HeaderCell>
                    <Table.HeaderCell className="numeric">{t('reports.columns.focusAreas')}</Table.HeaderCell>
                    <StatusHeaders />
                    <Table.HeaderCell className="numeric">{t('reports.columns.targetsCompleted')}</Table.HeaderCell>
                    <Table.HeaderCell className="numeric">{t('reports.columns.averageProgress')}</Table.HeaderCell>
                    <Table.HeaderCell className="numeric">{t('reports.columns.overdue')}</Table.HeaderCell>
                    <Table.HeaderCell className="numeric">{t('reports.columns.stale')}</Table.HeaderCell>
                    <Table.HeaderCell className="numeric">{t('reports.columns.withoutCommittee')}</Table.HeaderCell>
                    <Table.HeaderCell className="numeric">{t('reports.columns.withoutMeasures')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {report.communities.map((row) => (
                    <Table.Row key={row.communityId}>
                      <Table.HeaderCell scope="row">{row.communityName}</Table.HeaderCell>
                      <Table.Cell className="numeric">{row.plans}</Table.Cell>
                      <Table.Cell className="numeric">{row.focusAreas}</Table.Cell>
                      <StatusCells counts={row.measures} />
                      <Table.Cell className="numeric">
                        {row.targets.completed} / {row.targets.total}
                      </Table.Cell>
                      <Table.Cell className="numeric">{progress(row.averageProgress)}</Table.Cell>
                      <Table.Cell className="numeric">{row.overdueMeasures}</Table.Cell>
                      <Table.Cell className="numeric">{row.staleMeasures}</Table.Cell>
                      <Table.Cell className="numeric">{row.focusAreasWithoutCommittee}</Table.Cell>
                      <Table.Cell className="numeric">{row.focusAreasWithoutMeasures}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </ScrollableTable>
          </section>
          <section className="page-section" aria-labelledby={`${areasCaption}-heading`}>
            <Heading level={2} data-size="sm" id={`${areasCaption}-heading`}>
              {t('reports.focusAreas.heading')}
            </Heading>
            {report.focusAreas.length === 0 ? (
              <Paragraph>{t('reports.focusAreas.empty')}</Paragraph>
            ) : (
              <ScrollableTable captionId={areasCaption}>
                <Table data-size="sm" className="report-table">
                  <caption id={areasCaption}>{t('reports.focusAreas.caption')}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell>{t('reports.columns.focusArea')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('reports.columns.community')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('reports.columns.committee')}</Table.HeaderCell>
                      <StatusHeaders />
                      <Table.HeaderCell className="numeric">{t('reports.columns.targetsCompleted')}</Table.HeaderCell>
                      <Table.HeaderCell className="numeric">{t('reports.columns.averageProgress')}</Table.HeaderCell>
                      <Table.HeaderCell className="numeric">{t('reports.columns.overdue')}</Table.HeaderCell>
                      <Table.HeaderCell className="numeric">{t('reports.columns.stale')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {report.focusAreas.map((row) => (
                      <Table.Row key={row.focusAreaId}>
                        <Table.HeaderCell scope="row">
                          {row.number}. {row.title}
                        </Table.HeaderCell>
                        <Table.Cell>
                          {row.communityName} – {row.planTitle}
                        </Table.Cell>
                        <Table.Cell>{row.professionalCommittee ?? t('reports.focusAreas.noCommittee')}</Table.Cell>
                        <StatusCells counts={row.measures} />
                        <Table.Cell className="numeric">
                          {row.targets.completed} / {row.targets.total}
                        </Table.Cell>
                        <Table.Cell className="numeric">{progress(row.averageProgress)}</Table.Cell>
                        <Table.Cell className="numeric">{row.overdueMeasures}</Table.Cell>
                        <Table.Cell className="numeric">{row.staleMeasures}</Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </ScrollableTable>
            )}
          </section>
          <section className="page-section" aria-labelledby={`${overTimeCaption}-heading`}>
            <Heading level={2} data-size="sm" id={`${overTimeCaption}-heading`}>
              {t('reports.overTime.heading')}
            </Heading>
            <ScrollableTable captionId={overTimeCaption}>
              <Table data-size="sm" className="report-table">
                <caption id={overTimeCaption}>{t('reports.overTime.caption')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('reports.columns.community')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('reports.columns.asOf')}</Table.HeaderCell>
                    <StatusHeaders />
                    <Table.HeaderCell className="numeric">{t('reports.columns.averageProgress')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {report.overTime.map((row) => (
                    <Table.Row key={`${row.communityId}-${row.periodStart}`}>
                      <Table.HeaderCell scope="row">{row.communityName}</Table.HeaderCell>
                      <Table.Cell>{formatters.date(row.asOf)}</Table.Cell>
                      <StatusCells counts={row.measures} />
                      <Table.Cell className="numeric">{progress(row.averageProgress)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </ScrollableTable>
          </section>
        </>
      )}
    </ReportPage>
  );
}
