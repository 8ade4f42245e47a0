import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import '../action-plan/action-plan.css';
import { useElementWidth } from '../action-plan/use-element-width';

export interface SeatFillingBar {
  key: string;
  label: string;
  filled: number;
  seats: number;
}

const rowHeight = 76;
const barTop = 24;
const barHeight = 20;
const FILLED = 'var(--ds-color-success-border-default)';
const VACANT = 'var(--ds-color-danger-border-default)';

/**
 * A bar per organ on one scale: its filled seats and its vacant ones, each bar labelled and counted in
 * words, the chart named by a text summary; drawn as the comparison chart is (StackedStatusBars), and
 * the table after it holds the same figures (the chart's table alternative).
 */
export function SeatFillingChart({ bars }: { bars: readonly SeatFillingBar[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [containerRef, width] = useElementWidth<HTMLDivElement>(640);
  const maxSeats = Math.max(1, ...bars.map((bar) => bar.seats));
  const text = (bar: SeatFillingBar) =>
    t('reports.representation.chartRow', { organ: bar.label, filled: bar.filled, vacant: bar.seats - bar.filled });
  const summary = t('reports.representation.chartSummary', { rows: bars.map(text).join('. ') });
  return (
    <section className="chart" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('reports.representation.chartHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('reports.representation.chartIntro')}</Paragraph>
      <div ref={containerRef} className="chart__canvas">
        <svg
          role="img"
          aria-label={summary}
          width={width}
          height={bars.length * rowHeight}
          viewBox={`0 0 ${width} ${bars.length * rowHeight}`}
          className="chart__svg"
        >
          {bars.map((bar, index) => {
            const top = index * rowHeight;
            const filledWidth = (bar.filled / maxSeats) * width;
            const vacantWidth = ((bar.seats - bar.filled) / maxSeats) * width;
            return (
              <g key={bar.key}>
                <text x={0} y={top + 16} className="chart__label">
                  {bar.label}
                </text>
                <rect x={0} y={top + barTop} width={width} height={barHeight} className="chart__track" />
                <rect x={0} y={top + barTop} width={filledWidth} height={barHeight} fill={FILLED} className="chart__segment" />
                <rect x={filledWidth} y={top + barTop} width={vacantWidth} height={barHeight} fill={VACANT} className="chart__segment" />
                <text x={0} y={top + barTop + barHeight + 18} className="chart__counts">
                  {text(bar)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <ul className="chart-legend" aria-hidden="true">
        {[
          [FILLED, t('reports.representation.filled')],
          [VACANT, t('reports.representation.vacant')],
        ].map(([fill, label]) => (
          <li key={label}>
            <svg width="14" height="14" className="chart-legend__swatch">
              <rect width="14" height="14" fill={fill} />
            </svg>
            {label}
          </li>
        ))}
      </ul>
    </section>
  );
}
