import { Heading } from '@digdir/designsystemet-react';
import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { buildProgressSeries } from './chart-scale';
import { QueryError } from '../../shared/query-state';
import { progressUntil } from './plan-dates';
import { ProgressChart } from './progress-chart';
import { StatusChart } from './status-chart';
import { countStatusesPerFocusArea } from './status-counts';

export const PlanDashboardFragment = graphql(`
  fragment PlanDashboard_ActionPlan on ActionPlan {
    id
    periodFrom
    lastReportYear
    focusAreas(asOf: $asOf) {
      id
      number
      title
      status
      measures {
        id
        status
      }
      targets {
        id
        status
      }
    }
  }
`);

/**
 * The progress series is asked for on its own, once the plan's reporting years are known: the API
 * accepts only a date within them, and the page's date may lie outside.
 */
const PlanProgressQuery = graphql(`
  query PlanProgress($planId: ID!, $until: LocalDate) {
    actionPlan(id: $planId) {
      id
      progressOverTime(until: $until) {
        date
        focusAreaNumber
        averageProgress
        status
      }
    }
  }
`);

/** Status per focus area and progress over time, judged on the plan page's date (null: today). */
export function PlanDashboard(props: { plan: FragmentType<typeof PlanDashboardFragment>; asOf: string | null }) {
  const { t } = useTranslation();
  const headingId = useId();
  const plan = getFragmentData(PlanDashboardFragment, props.plan);
  const {
    data: current,
    previousData,
    error,
  } = useQuery(PlanProgressQuery, {
    variables: { planId: plan.id, until: progressUntil(props.asOf, plan) },
    // Progress changes with every status update; the page asks afresh like the rest of the plan.
    fetchPolicy: 'network-only',
  });
  const progress = (current ?? previousData)?.actionPlan.progressOverTime ?? [];
  const rows = countStatusesPerFocusArea(plan.focusAreas);
  const series = buildProgressSeries(
    progress,
    plan.focusAreas.map((area) => area.number),
  );
  return (
    <section aria-labelledby={headingId} className="page-section dashboard">
      <Heading level={2} data-size="md" id={headingId}>
        {t('actionPlan.dashboard.heading')}
      </Heading>
      {error && <QueryError error={error} />}
      <div className="dashboard__charts">
        <StatusChart rows={rows} />
        <ProgressChart series={series} focusAreas={plan.focusAreas} />
      </div>
    </section>
  );
}
