import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { NotRecorded } from '../../shared/not-recorded';
import { CaseReference } from '../cases/case-reference';

export const PlanHeaderFragment = graphql(`
  fragment PlanHeader_ActionPlan on ActionPlan {
    id
    periodFrom
    periodTo
    status
    adoptedByCase
    adoptedByCaseLink {
      id
    }
    prolongedReason
    prolongedByCase
    prolongedByCaseLink {
      id
    }
  }
`);

/** The plan's period and where it stands: adopted by which case, prolonged by which and why. */
export function PlanHeader(props: { plan: FragmentType<typeof PlanHeaderFragment> }) {
  const { t } = useTranslation();
  const plan = getFragmentData(PlanHeaderFragment, props.plan);
  const prolonged = plan.status === 'PROLONGED' || plan.prolongedByCase !== null;
  return (
    <dl className="facts plan-facts">
      <dt>{t('actionPlan.header.period')}</dt>
      <dd>{t('actionPlan.header.periodValue', { from: plan.periodFrom, to: plan.periodTo })}</dd>
      <dt>{t('actionPlan.header.status')}</dt>
      <dd>
        <Tag data-size="sm" data-color={plan.status === 'PROLONGED' ? 'warning' : 'neutral'}>
          {t(`actionPlan.planStatus.${plan.status}`)}
        </Tag>
      </dd>
      <dt>{t('actionPlan.header.adoptedBy')}</dt>
      <dd>{plan.adoptedByCase ? <CaseReference reference={plan.adoptedByCase} linked={plan.adoptedByCaseLink} /> : <NotRecorded />}</dd>
      {prolonged && (
        <>
          <dt>{t('actionPlan.header.prolongedBy')}</dt>
          <dd>
            {plan.prolongedByCase ? <CaseReference reference={plan.prolongedByCase} linked={plan.prolongedByCaseLink} /> : <NotRecorded />}
          </dd>
          <dt>{t('actionPlan.header.prolongedReason')}</dt>
          <dd>{plan.prolongedReason ?? <NotRecorded />}</dd>
        </>
      )}
    </dl>
  );
}
