import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { STATUS_LEVELS, type StatusLevel } from '@helsefellesskap/status-schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import '../action-plan/action-plan.css';
import { nonZeroCounts, stackedSegments, type StatusCounts } from '../action-plan/status-counts';
import { statusChartFill, statusLabel, toLocale } from '../action-plan/status-presentation';
import { useElementWidth } from '../action-plan/use-element-width';

export interface CommunityBar {
  communityId: string;
  communityName: string;
  counts: StatusCounts;
  total: number;
}

const rowHeight = 76;
const barTop = 24;
const barHeight = 20;

/** The GraphQL `StatusCounts` as the status scale's record. */
export function toStatusRecord(
  counts: Record<'onTrack' | 'atRisk' | 'delayed' | 'completed' | 'notStarted' | 'cancelled', number>,
): Record<StatusLevel, number> {
  return {
    ON_TRACK: counts.onTrack,
    AT_RISK: counts.atRisk,
    DELAYED: counts.delayed,
    COMPLETED: counts.completed,
    NOT_STARTED: counts.notStarted,
    CANCELLED: counts.cancelled,
  };
}

/**
 * A stacked bar per community: its measures by status, on one scale so the communities compare. Each
 * bar is labelled in words and the whole chart has a text summary; the same figures are in the table
 * that follows it (the chart's table alternative), as on the action plan dashboard.
 */
export function CommunityProgressChart({ rows }: { rows: readonly CommunityBar[] }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const headingId = useId();
  const [containerRef, width] = useElementWidth<HTMLDivElement>(640);
  const maxTotal = Math.max(1, ...rows.map((row) => row.total));
  const countsText = (row: CommunityBar) => {
    const counts = nonZeroCounts(row.counts);
    return counts.length === 0
      ? t('reports.comparison.none')
      : counts.map(({ level, count }) => t('reports.comparison.count', { status: statusLabel(level, locale), count })).join(', ');
  };
  const summary = t('reports.comparison.chartSummary', {
    rows: rows.map((row) => t('reports.comparison.rowSummary', { community: row.communityName, counts: countsText(row) })).join('. '),
  });
  const levels = STATUS_LEVELS.filter((level) => rows.some((row) => row.counts[level] > 0));
  return (
    <section className="chart" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t('reports.comparison.chartHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('reports.comparison.chartIntro')}</Paragraph>
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
              <g key={row.communityId}>
                <text x={0} y={top + 16} className="chart__label">
                  {row.communityName}
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
    </section>
  );
}
