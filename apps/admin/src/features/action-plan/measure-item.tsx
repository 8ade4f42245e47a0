import { Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { localeFor } from '@helsefellesskap/calendar';
import { NotRecorded } from '../../shared/not-recorded';
import { useFormatters } from '../../shared/use-formatters';
import { formatProgress } from './indicator-format';
import { patientGroupLabel, statusReasonLabel, toLocale } from './status-presentation';
import { MeasureUpdateForm } from './status-update-form';
import { StatusTag } from './status-tag';
import { UpdateHistory } from './update-history';

export const MeasureItemFragment = graphql(`
  fragment MeasureItem_Measure on Measure {
    id
    title
    owner
    canPostStatus
    startsOn
    endsOn
    patientGroups
    progress
    status
    statusReason
    lastUpdateOn
    updates {
      id
      reportedOn
      status
      progress
      comment
      authorName
      createdAt
      correctsId
      correctedById
      canCorrect
    }
  }
`);

interface MeasureItemProps {
  measure: FragmentType<typeof MeasureItemFragment>;
  today: string;
}

/** A measure with its traffic light, why it has that status, progress and last update. */
export function MeasureItem({ measure: measureRef, today }: MeasureItemProps) {
  const { t, i18n } = useTranslation();
  const formatters = useFormatters();
  const headingId = useId();
  const measure = getFragmentData(MeasureItemFragment, measureRef);
  const locale = toLocale(i18n.language);
  const progress = measure.progress ?? null;
  return (
    <article className="plan-item" aria-labelledby={headingId}>
      <Heading level={5} data-size="2xs" id={headingId}>
        {measure.title}
      </Heading>
      <div className="plan-item__status">
        <StatusTag status={measure.status} />
        {measure.statusReason && (
          <Paragraph data-size="sm" className="plan-item__reason">
            <span className="ds-sr-only">{t('actionPlan.tree.measure.statusReason')}: </span>
            {statusReasonLabel(measure.statusReason, locale)}
          </Paragraph>
        )}
      </div>
      <dl className="facts">
        <dt>{t('actionPlan.tree.measure.progress')}</dt>
        <dd>
          {progress === null ? (
            <NotRecorded />
          ) : (
            <span className="progress">
              <span className="progress__bar" aria-hidden="true">
                <span className="progress__fill" style={{ width: `${progress}%` }} />
              </span>
              {formatProgress(progress, localeFor(i18n.language))}
            </span>
          )}
        </dd>
        <dt>{t('actionPlan.tree.measure.lastUpdate')}</dt>
        <dd>{measure.lastUpdateOn ? formatters.date(measure.lastUpdateOn) : t('actionPlan.tree.measure.never')}</dd>
        <dt>{t('actionPlan.tree.measure.owner')}</dt>
        <dd>{measure.owner ?? <NotRecorded />}</dd>
        <dt>{t('actionPlan.tree.measure.period')}</dt>
        <dd>
          {measure.startsOn || measure.endsOn ? (
            t('actionPlan.tree.measure.periodValue', {
              from: measure.startsOn ? formatters.date(measure.startsOn) : '…',
              to: measure.endsOn ? formatters.date(measure.endsOn) : '…',
            })
          ) : (
            <NotRecorded />
          )}
        </dd>
        {measure.patientGroups.length > 0 && (
          <>
            <dt>{t('actionPlan.tree.measure.patientGroups')}</dt>
            <dd>{measure.patientGroups.map((group) => patientGroupLabel(group, locale)).join(', ')}</dd>
          </>
        )}
      </dl>
      {/* The API says whether the signed-in user may report on this measure (and checks again when they do). */}
      {measure.canPostStatus && (
        <Details>
          <Details.Summary>{t('actionPlan.updateForm.summary')}</Details.Summary>
          <Details.Content>
            <MeasureUpdateForm measureId={measure.id} title={measure.title} today={today} />
          </Details.Content>
        </Details>
      )}
      <UpdateHistory title={measure.title} updates={measure.updates} />
    </article>
  );
}
