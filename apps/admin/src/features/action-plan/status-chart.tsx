import { Details, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { STATUS_LEVELS } from '@helsefellesskap/status-schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { ScrollableTable } from '../../shared/scrollable-table';
import { type FocusAreaStatusCounts, nonZeroCounts, stackedSegments } from './status-counts';
import { statusChartFill, statusLabel, toLocale } from './status-presentation';
import { StatusTag } from './status-tag';
import { useElementWidth } from './use-element-width';

const rowHeight = 76;
const barTop = 24;
const barHeight = 20;

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
  const [containerRef, width] = useElementWidth<HTMLDivElement>(640);
  const maxTotal = Math.max(1, ...rows.map((row) => row.total));
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
  const levels = STATUS_LEVELS.filter((level) => rows.some((row) => row.counts[level] > 0));

  return (
    <section className="chart" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t('actionPlan.dashboard.statusChart.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('actionPlan.dashboard.statusChart.intro')}</Paragraph>
      <div ref={containerRef} className="chart__canvas">
        <svg
          role="img"
          aria-label={summary}
          width={width}
          height={rows.length * rowHeight}
          viewBox={`0 0 ${width} ${rows.length * rowHeight}`}
          className="chart__svg"
        >
          {rows.map((row, index) => {
            const top = index * rowHeight;
            return (
              <g key={row.number}>
                <text x={0} y={top + 16} className="chart__label">
                  {t('actionPlan.dashboard.focusAreaShort', { number: row.number })} –{' '}
                  {t('actionPlan.dashboard.statusChart.areaStatus', { status: statusLabel(row.status, locale) })}
                </text>
                <rect x={0} y={top + barTop} width={width} height={barHeight} className="chart__track" />
                {stackedSegments(row.counts, maxTotal, width).map((segment) => (
                  <rect
                    key={segment.level}
                    x={segment.x}
                    y={top + barTop}
                    width={segment.width}
                    height={barHeight}
                    fill={statusChartFill(segment.level)}
                    className="chart__segment"
                  />
                ))}
                <text x={0} y={top + barTop + barHeight + 18} className="chart__counts">
                  {countsText(row)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <ul className="chart-legend" aria-hidden="true">
        {levels.map((level) => (
          <li key={level}>
            <svg width="14" height="14" className="chart-legend__swatch">
              <rect width="14" height="14" fill={statusChartFill(level)} />
            </svg>
            {statusLabel(level, locale)}
          </li>
        ))}
      </ul>
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
