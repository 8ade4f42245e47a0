import { Details, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { localeFor } from '@helsefellesskap/calendar';
import { NotRecorded } from '../../shared/not-recorded';
import { ScrollableTable } from '../../shared/scrollable-table';
import { useFormatters } from '../../shared/use-formatters';
import { type ChartLayout, linePath, placeSeries, type ProgressSeries, seriesDates, seriesRange, yearStarts } from './chart-scale';
import { formatProgress } from './indicator-format';
import { statusLabel, toLocale } from './status-presentation';
import { useElementWidth } from './use-element-width';

/** Each series has its own colour, dash pattern and marker shape, and a number at its end: never colour alone. */
const seriesStyles = [
  { stroke: 'var(--ds-color-accent-base-default)', dash: undefined, marker: 'circle' },
  { stroke: 'var(--ds-color-brand1-base-default)', dash: '8 4', marker: 'square' },
  { stroke: 'var(--ds-color-brand2-base-default)', dash: '2 3', marker: 'triangle' },
  { stroke: 'var(--ds-color-danger-border-strong)', dash: '10 3 2 3', marker: 'diamond' },
  { stroke: 'var(--ds-color-neutral-border-strong)', dash: '4 2', marker: 'circle' },
] as const;

type Marker = (typeof seriesStyles)[number]['marker'];

function styleOf(index: number) {
  return seriesStyles[index % seriesStyles.length] ?? seriesStyles[0];
}

function MarkerShape({ marker, x, y, fill }: { marker: Marker; x: number; y: number; fill: string }) {
  switch (marker) {
    case 'circle':
      return <circle cx={x} cy={y} r={3.5} fill={fill} />;
    case 'square':
      return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} fill={fill} />;
    case 'triangle':
      return <path d={`M${x} ${y - 4.5} L${x + 4.5} ${y + 3.5} L${x - 4.5} ${y + 3.5} Z`} fill={fill} />;
    case 'diamond':
      return <path d={`M${x} ${y - 5} L${x + 5} ${y} L${x} ${y + 5} L${x - 5} ${y} Z`} fill={fill} />;
  }
}

interface ProgressChartProps {
  series: readonly ProgressSeries[];
  focusAreas: readonly { number: number; title: string }[];
}

/** Average progress of each focus area at every quarter's end, as lines, with the numbers in a table. */
export function ProgressChart({ series, focusAreas }: ProgressChartProps) {
  const { t, i18n } = useTranslation();
  const formatters = useFormatters();
  const locale = toLocale(i18n.language);
  const numberLocale = localeFor(i18n.language);
  const headingId = useId();
  const captionId = useId();
  const [containerRef, width] = useElementWidth<HTMLDivElement>(640);
  const layout: ChartLayout = { width, height: 240, left: 48, right: 28, top: 12, bottom: 28 };
  const placed = placeSeries(series, layout);
  const dates = seriesDates(series);
  const first = dates[0];
  const last = dates.at(-1);
  const titleOf = (number: number) => focusAreas.find((area) => area.number === number)?.title ?? '';
  const percent = (value: number) => formatProgress(value, numberLocale);

  if (!first || !last) {
    return (
      <section className="chart" aria-labelledby={headingId}>
        <Heading level={3} data-size="xs" id={headingId}>
          {t('actionPlan.dashboard.progressChart.heading')}
        </Heading>
        <Paragraph>{t('actionPlan.dashboard.progressChart.noData')}</Paragraph>
      </section>
    );
  }

  const summary = t('actionPlan.dashboard.progressChart.summary', {
    from: formatters.date(first),
    to: formatters.date(last),
    series: series
      .map((one) => {
        const range = seriesRange(one);
        return range
          ? t('actionPlan.dashboard.progressChart.seriesSummary', {
              number: one.focusAreaNumber,
              first: percent(range.first.value ?? 0),
              last: percent(range.last.value ?? 0),
            })
          : t('actionPlan.dashboard.progressChart.seriesEmpty', { number: one.focusAreaNumber });
      })
      .join('. '),
  });
  const plotBottom = layout.height - layout.bottom;
  const plotRight = layout.width - layout.right;

  return (
    <section className="chart" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t('actionPlan.dashboard.progressChart.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('actionPlan.dashboard.progressChart.intro')}</Paragraph>
      <div ref={containerRef} className="chart__canvas">
        <svg
          role="img"
          aria-label={summary}
          width={width}
          height={layout.height}
          viewBox={`0 0 ${width} ${layout.height}`}
          className="chart__svg"
        >
          {[0, 25, 50, 75, 100].map((tick) => (
            <g key={tick}>
              <line x1={layout.left} x2={plotRight} y1={placed.y(tick)} y2={placed.y(tick)} className="chart__grid" />
              <text x={layout.left - 6} y={placed.y(tick) + 4} textAnchor="end" className="chart__tick">
                {percent(tick)}
              </text>
            </g>
          ))}
          <line x1={layout.left} x2={plotRight} y1={plotBottom} y2={plotBottom} className="chart__axis" />
          {yearStarts(first, last).map((start) => (
            <g key={start}>
              <line x1={placed.x(start)} x2={placed.x(start)} y1={plotBottom} y2={plotBottom + 5} className="chart__axis" />
              <text x={placed.x(start)} y={plotBottom + 20} textAnchor="middle" className="chart__tick">
                {start.slice(0, 4)}
              </text>
            </g>
          ))}
          {placed.lines.map((line, index) => {
            const style = styleOf(index);
            const known = line.points.filter((point) => point.y !== null);
            const end = known.at(-1);
            return (
              <g key={line.focusAreaNumber}>
                <path d={linePath(line.points)} fill="none" stroke={style.stroke} strokeWidth={2.5} strokeDasharray={style.dash} />
                {known.map((point) => (
                  <MarkerShape key={point.date} marker={style.marker} x={point.x} y={point.y ?? 0} fill={style.stroke} />
                ))}
                {end && (
                  <text x={end.x + 8} y={(end.y ?? 0) + 4} className="chart__end-label">
                    {line.focusAreaNumber}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
      <ul className="chart-legend" aria-hidden="true">
        {series.map((one, index) => {
          const style = styleOf(index);
          const empty = seriesRange(one) === undefined;
          return (
            <li key={one.focusAreaNumber}>
              <svg width="36" height="14" className="chart-legend__swatch">
                <line x1="2" x2="34" y1="7" y2="7" stroke={style.stroke} strokeWidth={2.5} strokeDasharray={style.dash} />
                <MarkerShape marker={style.marker} x={18} y={7} fill={style.stroke} />
              </svg>
              {t('actionPlan.tree.focusAreaTitle', { number: one.focusAreaNumber, title: titleOf(one.focusAreaNumber) })}
              {empty && ` (${t('actionPlan.dashboard.progressChart.legendEmpty')})`}
            </li>
          );
        })}
      </ul>
      <Details>
        <Details.Summary>{t('actionPlan.dashboard.showData')}</Details.Summary>
        <Details.Content>
          <ScrollableTable captionId={captionId}>
            <Table data-size="sm">
              <caption id={captionId}>{t('actionPlan.dashboard.progressChart.caption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('actionPlan.dashboard.progressChart.date')}</Table.HeaderCell>
                  {series.map((one) => (
                    <Table.HeaderCell key={one.focusAreaNumber}>
                      {t('actionPlan.dashboard.focusAreaShort', { number: one.focusAreaNumber })}
                    </Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {dates.map((date) => (
                  <Table.Row key={date}>
                    <Table.HeaderCell scope="row" className="nowrap">
                      {formatters.date(date)}
                    </Table.HeaderCell>
                    {series.map((one) => {
                      const point = one.points.find((candidate) => candidate.date === date);
                      if (!point) return <Table.Cell key={one.focusAreaNumber}>{<NotRecorded />}</Table.Cell>;
                      return (
                        <Table.Cell key={one.focusAreaNumber}>
                          {point.value === null ? (
                            <>
                              <NotRecorded /> ({statusLabel(point.status, locale)})
                            </>
                          ) : (
                            t('actionPlan.dashboard.progressChart.cell', {
                              progress: percent(point.value),
                              status: statusLabel(point.status, locale),
                            })
                          )}
                        </Table.Cell>
                      );
                    })}
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
