import { Details, Heading } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { localeFor } from '@helsefellesskap/calendar';
import { NotRecorded } from '../../shared/not-recorded';
import { useFormatters } from '../../shared/use-formatters';
import { formatIndicatorValue } from './indicator-format';
import { IndicatorValueForm } from './status-update-form';
import { StatusTag } from './status-tag';

export const TargetItemFragment = graphql(`
  fragment TargetItem_Target on Target {
    id
    description
    indicatorName
    unit
    baseline
    targetValue
    dueDate
    latestValue
    latestValueOn
    status
  }
`);

interface TargetItemProps {
  target: FragmentType<typeof TargetItemFragment>;
  canRecord: boolean;
  today: string;
}

/** A target: what should be reached, its indicator from baseline to target value, and the latest value. */
export function TargetItem({ target: targetRef, canRecord, today }: TargetItemProps) {
  const { t, i18n } = useTranslation();
  const formatters = useFormatters();
  const headingId = useId();
  const target = getFragmentData(TargetItemFragment, targetRef);
  const locale = localeFor(i18n.language);
  const value = (number: number | null | undefined) =>
    number === null || number === undefined ? <NotRecorded /> : formatIndicatorValue(number, target.unit, locale);
  return (
    <article className="plan-item" aria-labelledby={headingId}>
      <Heading level={5} data-size="2xs" id={headingId}>
        {target.description}
      </Heading>
      <div className="plan-item__status">
        <StatusTag status={target.status} />
      </div>
      <dl className="facts">
        <dt>{t('actionPlan.tree.target.indicator')}</dt>
        <dd>{target.indicatorName}</dd>
        <dt>{t('actionPlan.tree.target.latestValue')}</dt>
        <dd>
          {target.latestValue === null || target.latestValue === undefined
            ? value(null)
            : target.latestValueOn
              ? t('actionPlan.tree.target.latestValueOn', {
                  value: formatIndicatorValue(target.latestValue, target.unit, locale),
                  date: formatters.date(target.latestValueOn),
                })
              : value(target.latestValue)}
        </dd>
        <dt>{t('actionPlan.tree.target.baseline')}</dt>
        <dd>{value(target.baseline)}</dd>
        <dt>{t('actionPlan.tree.target.targetValue')}</dt>
        <dd>{value(target.targetValue)}</dd>
        <dt>{t('actionPlan.tree.target.dueDate')}</dt>
        <dd>{target.dueDate ? formatters.date(target.dueDate) : <NotRecorded />}</dd>
      </dl>
      {canRecord && (
        <Details>
          <Details.Summary>{t('actionPlan.indicatorForm.summary')}</Details.Summary>
          <Details.Content>
            <IndicatorValueForm targetId={target.id} indicatorName={target.indicatorName} unit={target.unit} today={today} />
          </Details.Content>
        </Details>
      )}
    </article>
  );
}
