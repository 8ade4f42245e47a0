import { STATUS_LEVELS } from '@helsefellesskap/status-schema';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { stackedSegments, type StatusCounts } from './status-counts';
import { statusChartFill, statusLabel, toLocale } from './status-presentation';
import { useElementWidth } from './use-element-width';

export interface StackedStatusBar {
  key: string;
  /** What the bar is, in words (colour is never the only signal). */
  label: ReactNode;
  counts: StatusCounts;
  total: number;
  /** The count per status in words, under the bar. */
  countsText: string;
}

const rowHeight = 76;
const barTop = 24;
const barHeight = 20;

/**
 * Stacked bars of items by status on one scale, each labelled and counted in words, with a legend of the
 * statuses shown; the chart as a whole is an image named by `summary`. The action plan dashboard and the
 * analysts' comparison draw their bars with it.
 */
export function StackedStatusBars({ bars, summary }: { bars: readonly StackedStatusBar[]; summary: string }) {
  const { i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const [containerRef, width] = useElementWidth<HTMLDivElement>(640);
  const maxTotal = Math.max(1, ...bars.map((bar) => bar.total));
  const levels = STATUS_LEVELS.filter((level) => bars.some((bar) => bar.counts[level] > 0));
  return (
    <>
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
            return (
              <g key={bar.key}>
                <text x={0} y={top + 16} className="chart__label">
                  {bar.label}
                </text>
                <rect x={0} y={top + barTop} width={width} height={barHeight} className="chart__track" />
                {stackedSegments(bar.counts, maxTotal, width).map((segment) => (
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
                  {bar.countsText}
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
    </>
  );
}
