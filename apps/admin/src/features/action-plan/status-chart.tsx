import { Details, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { STATUS_LEVELS } from '@helsefellesskap/status-schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { ScrollableTable } from '../../shared/scrollable-table';
import { StackedStatusBars } from './stacked-status-bars';
import { type FocusAreaStatusCounts, nonZeroCounts } from './status-counts';
import { statusLabel, toLocale } from './status-presentation';
import { StatusTag } from './status-tag';

/**
 * A stacked bar per focus area: how many of its measures and targets have each status. Every bar
 * is labelled in words (focus area, its status, the count per status), so colour is never the only
 * signal; the same numbers are in a table below.
 */
export function StatusChart({ rows }: { rows: readonly FocusAreaStatusCounts[] }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const headingId = useId();
  const captionId = useId();
  const countsText = (row: FocusAreaStatusCounts) => {
    const counts = nonZeroCounts(row.counts);
    return counts.length === 0
      ? t('actionPlan.dashboard.statusChart.noItems')
      : counts
          .map(({ level, count }) => t('actionPlan.dashboard.statusChart.count', { status: statusLabel(level, locale), count }))
          .join(', ');
  };
  const summary = t('actionPlan.dashboard.statusChart.summary', {
    areas: rows
      .map((row) =>
        t('actionPlan.dashboard.statusChart.areaSummary', {
          number: row.number,
          status: statusLabel(row.status, locale),
          counts: countsText(row),
        }),
      )
      .join('. '),
  });

  return (
    <section className="chart" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t('actionPlan.dashboard.statusChart.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('actionPlan.dashboard.statusChart.intro')}</Paragraph>
      <StackedStatusBars
        summary={summary}
        bars={rows.map((row) => ({
          key: String(row.number),
          label: `${t('actionPlan.dashboard.focusAreaShort', { number: row.number })} – ${t('actionPlan.dashboard.statusChart.areaStatus', {
            status: statusLabel(row.status, locale),
          })}`,
          counts: row.counts,
          total: row.total,
          countsText: countsText(row),
        }))}
      />
      <Details>
        <Details.Summary>{t('actionPlan.dashboard.showData')}</Details.Summary>
        <Details.Content>
          <ScrollableTable captionId={captionId}>
            <Table data-size="sm" className="status-count-table">
              <caption id={captionId}>{t('actionPlan.dashboard.statusChart.caption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('actionPlan.dashboard.statusChart.focusArea')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('actionPlan.dashboard.statusChart.areaStatusColumn')}</Table.HeaderCell>
                  {STATUS_LEVELS.map((level) => (
                    <Table.HeaderCell key={level} className="numeric">
                      {statusLabel(level, locale)}
                    </Table.HeaderCell>
                  ))}
                  <Table.HeaderCell className="numeric">{t('actionPlan.dashboard.statusChart.total')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {rows.map((row) => (
                  <Table.Row key={row.number}>
                    <Table.HeaderCell scope="row">
                      {t('actionPlan.tree.focusAreaTitle', { number: row.number, title: row.title })}
                    </Table.HeaderCell>
                    <Table.Cell>
                      <StatusTag status={row.status} />
                    </Table.Cell>
                    {STATUS_LEVELS.map((level) => (
                      <Table.Cell key={level} className="numeric">
                        {row.counts[level]}
                      </Table.Cell>
                    ))}
                    <Table.Cell className="numeric">{row.total}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollableTable>
        </Details.Content>
      </Details>
    </section>
  );
}
