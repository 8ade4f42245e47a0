import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { StatusLevel } from '@helsefellesskap/status-schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import '../action-plan/action-plan.css';
import { StackedStatusBars } from '../action-plan/stacked-status-bars';
import { nonZeroCounts, type StatusCounts } from '../action-plan/status-counts';
import { statusLabel, toLocale } from '../action-plan/status-presentation';

export interface CommunityBar {
  communityId: string;
  communityName: string;
  counts: StatusCounts;
  total: number;
}

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
  const countsText = (row: CommunityBar) => {
    const counts = nonZeroCounts(row.counts);
    return counts.length === 0
      ? t('reports.comparison.none')
      : counts.map(({ level, count }) => t('reports.comparison.count', { status: statusLabel(level, locale), count })).join(', ');
  };
  const summary = t('reports.comparison.chartSummary', {
    rows: rows.map((row) => t('reports.comparison.rowSummary', { community: row.communityName, counts: countsText(row) })).join('. '),
  });
  return (
    <section className="chart" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t('reports.comparison.chartHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('reports.comparison.chartIntro')}</Paragraph>
      <StackedStatusBars
        summary={summary}
        bars={rows.map((row) => ({
          key: row.communityId,
          label: row.communityName,
          counts: row.counts,
          total: row.total,
          countsText: countsText(row),
        }))}
      />
    </section>
  );
}
