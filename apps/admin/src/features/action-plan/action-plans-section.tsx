import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { AppLink } from '../../shared/app-link';
import { CreatePlanForm } from './create-plan-form';
import { planPath } from './plan-paths';

export const ActionPlansSectionFragment = graphql(`
  fragment ActionPlansSection_Community on Community {
    id
    canCreateActionPlan
    actionPlans {
      id
      title
      periodFrom
      periodTo
      status
    }
  }
`);

/** The community's action plans (newest first), each a link to its page. */
export function ActionPlansSection(props: { community: FragmentType<typeof ActionPlansSectionFragment> }) {
  const { t } = useTranslation();
  const headingId = useId();
  const community = getFragmentData(ActionPlansSectionFragment, props.community);
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('actionPlan.plans.heading')}
      </Heading>
      {community.actionPlans.length === 0 ? (
        <Paragraph>{t('actionPlan.plans.empty')}</Paragraph>
      ) : (
        <ul className="role-list">
          {community.actionPlans.map((plan) => (
            <li key={plan.id}>
              <AppLink to={planPath(community.id, plan.id)}>{plan.title}</AppLink>
              <span>{t('actionPlan.header.periodValue', { from: plan.periodFrom, to: plan.periodTo })}</span>
              <Tag data-size="sm" data-color={plan.status === 'PROLONGED' ? 'warning' : 'neutral'}>
                {t(`actionPlan.planStatus.${plan.status}`)}
              </Tag>
            </li>
          ))}
        </ul>
      )}
      {community.canCreateActionPlan && <CreatePlanForm communityId={community.id} />}
    </section>
  );
}
