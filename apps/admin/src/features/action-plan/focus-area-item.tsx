import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { findGaps, renderGap } from '@helsefellesskap/status-schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { NotRecorded } from '../../shared/not-recorded';
import { useFormatters } from '../../shared/use-formatters';
import { MeasureItem } from './measure-item';
import { toLocale } from './status-presentation';
import { StatusTag } from './status-tag';
import { TargetItem } from './target-item';

export const FocusAreaItemFragment = graphql(`
  fragment FocusAreaItem_FocusArea on FocusArea {
    id
    number
    title
    responsibleOrgan
    hasProfessionalCommittee
    status
    targets {
      id
      ...TargetItem_Target
    }
    measures {
      id
      title
      status
      startsOn
      lastUpdateOn
      ...MeasureItem_Measure
    }
  }
`);

interface FocusAreaItemProps {
  focusArea: FragmentType<typeof FocusAreaItemFragment>;
  asOf: string;
  today: string;
}

/** A focus area: its status, responsible organ and gaps, then its targets and measures. */
export function FocusAreaItem({ focusArea: focusAreaRef, asOf, today }: FocusAreaItemProps) {
  const { t, i18n } = useTranslation();
  const formatters = useFormatters();
  const headingId = useId();
  const area = getFragmentData(FocusAreaItemFragment, focusAreaRef);
  const locale = toLocale(i18n.language);
  // The API does not list a focus area's gaps, so they are found here by the package's rule, on the same date.
  const gaps = findGaps(
    {
      hasProfessionalCommittee: area.hasProfessionalCommittee,
      measures: area.measures.map((measure) => ({
        title: measure.title,
        status: measure.status,
        startsOn: measure.startsOn ?? null,
        lastUpdateOn: measure.lastUpdateOn ?? null,
      })),
    },
    { asOf },
  );
  return (
    <section className="focus-area" aria-labelledby={headingId}>
      <div className="focus-area__header">
        <Heading level={3} data-size="sm" id={headingId}>
          {t('actionPlan.tree.focusAreaTitle', { number: area.number, title: area.title })}
        </Heading>
        <dl className="facts">
          <dt>{t('actionPlan.tree.focusAreaStatus')}</dt>
          <dd>
            <StatusTag status={area.status} />
          </dd>
          <dt>{t('actionPlan.tree.responsibleOrgan')}</dt>
          <dd>{area.responsibleOrgan ?? <NotRecorded />}</dd>
          <dt>{t('actionPlan.tree.professionalCommittee')}</dt>
          <dd>{area.hasProfessionalCommittee ? t('actionPlan.tree.yes') : t('actionPlan.tree.no')}</dd>
        </dl>
      </div>
      {gaps.length > 0 && (
        <Alert data-color="warning">
          <Heading level={4} data-size="2xs">
            {t('actionPlan.tree.gapsHeading')}
          </Heading>
          <ul className="gap-list">
            {gaps.map((gap, index) => (
              <li key={index}>{renderGap(gap, locale, { formatDate: (date) => formatters.date(date) })}</li>
            ))}
          </ul>
        </Alert>
      )}
      <div className="focus-area__group">
        <Heading level={4} data-size="xs">
          {t('actionPlan.tree.targetsHeading')}
        </Heading>
        {area.targets.length === 0 ? (
          <Paragraph>{t('actionPlan.tree.noTargets')}</Paragraph>
        ) : (
          <ul className="plan-items">
            {area.targets.map((target) => (
              <li key={target.id}>
                <TargetItem target={target} today={today} />
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="focus-area__group">
        <Heading level={4} data-size="xs">
          {t('actionPlan.tree.measuresHeading')}
        </Heading>
        {area.measures.length === 0 ? (
          <Paragraph>{t('actionPlan.tree.noMeasures')}</Paragraph>
        ) : (
          <ul className="plan-items">
            {area.measures.map((measure) => (
              <li key={measure.id}>
                <MeasureItem measure={measure} today={today} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
