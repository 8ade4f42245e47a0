import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { type Section, renderGap } from '@helsefellesskap/status-schema';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { localeFor } from '@helsefellesskap/calendar';
import { NotRecorded } from '../../shared/not-recorded';
import { ScrollableTable } from '../../shared/scrollable-table';
import { useFormatters } from '../../shared/use-formatters';
import { formatIndicatorValue, formatProgress } from './indicator-format';
import { CarriedOverNote } from './carried-over-note';
import { describeChange } from './report-changes';
import { patientGroupLabel, statusReasonLabel, toLocale } from './status-presentation';
import { StatusTag } from './status-tag';

interface ReportSectionProps {
  section: Section;
  /** The year compared with, or null when there is no frozen report of the year before. */
  previousReportYear: number | null;
  year: number;
  /** Replaces the commentary text, e.g. with the form to edit it. */
  commentary?: ReactNode;
}

/** One focus area of a status report, rendered from the package-parsed report. */
export function ReportSection({ section, previousReportYear, year, commentary }: ReportSectionProps) {
  const { t, i18n } = useTranslation();
  const formatters = useFormatters();
  const headingId = useId();
  const targetsCaptionId = useId();
  const measuresCaptionId = useId();
  const locale = toLocale(i18n.language);
  const numberLocale = localeFor(i18n.language);
  const indicator = (value: number | null, unit: string) =>
    value === null ? <NotRecorded /> : formatIndicatorValue(value, unit, numberLocale);
  const date = (value: string | null) => (value === null ? <NotRecorded /> : formatters.date(value));

  return (
    <section className="report-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('actionPlan.reports.section.heading', { number: section.focusAreaNumber, title: section.title })}
      </Heading>
      <dl className="facts">
        <dt>{t('actionPlan.reports.section.status')}</dt>
        <dd>
          <StatusTag status={section.status} />
        </dd>
        <dt>{t('actionPlan.reports.section.responsibleOrgan')}</dt>
        <dd>{section.responsibleOrgan ?? t('actionPlan.reports.section.none')}</dd>
      </dl>

      <Heading level={3} data-size="xs">
        {t('actionPlan.reports.section.gaps')}
      </Heading>
      {section.gaps.length === 0 ? (
        <Paragraph>{t('actionPlan.reports.section.noGaps')}</Paragraph>
      ) : (
        <ul className="gap-list">
          {section.gaps.map((gap, index) => (
            <li key={index}>{renderGap(gap, locale, { formatDate: (isoDate) => formatters.date(isoDate) })}</li>
          ))}
        </ul>
      )}

      <Heading level={3} data-size="xs">
        {t('actionPlan.reports.section.commentary')}
      </Heading>
      {commentary ??
        (section.commentary.trim() === '' ? (
          <Paragraph className="muted">{t('actionPlan.reports.section.noCommentary')}</Paragraph>
        ) : (
          <div className="commentary">
            {section.commentaryCarriedOver && <CarriedOverNote fromYear={previousReportYear} />}
            {section.commentary.split(/\n{2,}/).map((paragraph, index) => (
              <Paragraph key={index}>{paragraph}</Paragraph>
            ))}
          </div>
        ))}

      <Heading level={3} data-size="xs">
        {t('actionPlan.reports.section.targets')}
      </Heading>
      {section.targets.length === 0 ? (
        <Paragraph>{t('actionPlan.tree.noTargets')}</Paragraph>
      ) : (
        <ScrollableTable captionId={targetsCaptionId}>
          <Table data-size="sm">
            <caption id={targetsCaptionId}>{t('actionPlan.reports.section.targetsCaption', { number: section.focusAreaNumber })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('actionPlan.reports.section.columns.description')}</Table.HeaderCell>
                <Table.HeaderCell>{t('actionPlan.reports.section.columns.indicator')}</Table.HeaderCell>
                <Table.HeaderCell className="numeric">{t('actionPlan.reports.section.columns.baseline')}</Table.HeaderCell>
                <Table.HeaderCell className="numeric">{t('actionPlan.reports.section.columns.targetValue')}</Table.HeaderCell>
                <Table.HeaderCell>{t('actionPlan.reports.section.columns.dueDate')}</Table.HeaderCell>
                <Table.HeaderCell className="numeric">{t('actionPlan.reports.section.columns.latestValue')}</Table.HeaderCell>
                <Table.HeaderCell>{t('actionPlan.reports.section.columns.status')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {section.targets.map((target, index) => (
                <Table.Row key={index}>
                  <Table.HeaderCell scope="row">{target.description}</Table.HeaderCell>
                  <Table.Cell>{target.indicatorName}</Table.Cell>
                  <Table.Cell className="numeric">{indicator(target.baseline, target.unit)}</Table.Cell>
                  <Table.Cell className="numeric">{indicator(target.targetValue, target.unit)}</Table.Cell>
                  <Table.Cell className="nowrap">{date(target.dueDate)}</Table.Cell>
                  <Table.Cell className="numeric">
                    {indicator(target.latestValue, target.unit)}
                    {target.valueDate && <span className="cell-note">{formatters.date(target.valueDate)}</span>}
                  </Table.Cell>
                  <Table.Cell>
                    <StatusTag status={target.status} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollableTable>
      )}

      <Heading level={3} data-size="xs">
        {t('actionPlan.reports.section.measures')}
      </Heading>
      {section.measures.length === 0 ? (
        <Paragraph>{t('actionPlan.tree.noMeasures')}</Paragraph>
      ) : (
        <ScrollableTable captionId={measuresCaptionId}>
          <Table data-size="sm">
            <caption id={measuresCaptionId}>{t('actionPlan.reports.section.measuresCaption', { number: section.focusAreaNumber })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('actionPlan.reports.section.columns.measure')}</Table.HeaderCell>
                <Table.HeaderCell>{t('actionPlan.reports.section.columns.status')}</Table.HeaderCell>
                <Table.HeaderCell className="numeric">{t('actionPlan.reports.section.columns.progress')}</Table.HeaderCell>
                <Table.HeaderCell>{t('actionPlan.reports.section.columns.lastUpdate')}</Table.HeaderCell>
                <Table.HeaderCell>{t('actionPlan.reports.section.columns.owner')}</Table.HeaderCell>
                <Table.HeaderCell>{t('actionPlan.reports.section.columns.period')}</Table.HeaderCell>
                <Table.HeaderCell>{t('actionPlan.reports.section.columns.patientGroups')}</Table.HeaderCell>
                <Table.HeaderCell>{t('actionPlan.reports.section.columns.comment')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {section.measures.map((measure) => (
                <Table.Row key={measure.id ?? measure.title}>
                  <Table.HeaderCell scope="row">{measure.title}</Table.HeaderCell>
                  <Table.Cell>
                    <StatusTag status={measure.status} />
                    {measure.statusReason && <span className="cell-note">{statusReasonLabel(measure.statusReason, locale)}</span>}
                  </Table.Cell>
                  <Table.Cell className="numeric">
                    {measure.progress === null ? <NotRecorded /> : formatProgress(measure.progress, numberLocale)}
                  </Table.Cell>
                  <Table.Cell className="nowrap">{date(measure.lastUpdateOn)}</Table.Cell>
                  <Table.Cell>{measure.owner ?? <NotRecorded />}</Table.Cell>
                  <Table.Cell>
                    {measure.startsOn === null && measure.endsOn === null ? (
                      <NotRecorded />
                    ) : (
                      t('actionPlan.tree.measure.periodValue', {
                        from: measure.startsOn ? formatters.date(measure.startsOn) : '…',
                        to: measure.endsOn ? formatters.date(measure.endsOn) : '…',
                      })
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    {measure.patientGroups.length === 0 ? (
                      <NotRecorded />
                    ) : (
                      measure.patientGroups.map((group) => patientGroupLabel(group, locale)).join(', ')
                    )}
                  </Table.Cell>
                  <Table.Cell>{measure.comment === '' ? <NotRecorded /> : measure.comment}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollableTable>
      )}

      <Heading level={3} data-size="xs">
        {previousReportYear === null
          ? t('actionPlan.reports.section.changesNoPrevious')
          : t('actionPlan.reports.section.changes', { year: previousReportYear })}
      </Heading>
      {previousReportYear === null ? (
        <Paragraph>{t('actionPlan.reports.section.noPrevious', { year: year - 1 })}</Paragraph>
      ) : section.changes.length === 0 ? (
        <Paragraph>{t('actionPlan.reports.section.noChanges')}</Paragraph>
      ) : (
        <ul className="change-list">
          {section.changes.map((change, index) => (
            <li key={index}>{describeChange(change, t, locale, numberLocale)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
