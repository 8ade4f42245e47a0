import { Heading } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { buildProgressSeries } from './chart-scale';
import { ProgressChart } from './progress-chart';
import { StatusChart } from './status-chart';
import { countStatusesPerFocusArea } from './status-counts';

export const PlanDashboardFragment = graphql(`
  fragment PlanDashboard_ActionPlan on ActionPlan {
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
    progressOverTime(until: $asOf) {
      date
      focusAreaNumber
      averageProgress
      status
    }
  }
`);

/** Status per focus area and progress over time, judged on the plan page's date. */
export function PlanDashboard(props: { plan: FragmentType<typeof PlanDashboardFragment> }) {
  const { t } = useTranslation();
  const headingId = useId();
  const plan = getFragmentData(PlanDashboardFragment, props.plan);
  const rows = countStatusesPerFocusArea(plan.focusAreas);
  const series = buildProgressSeries(
    plan.progressOverTime,
    plan.focusAreas.map((area) => area.number),
  );
  return (
    <section aria-labelledby={headingId} className="page-section dashboard">
      <Heading level={2} data-size="md" id={headingId}>
        {t('actionPlan.dashboard.heading')}
      </Heading>
      <div className="dashboard__charts">
        <StatusChart rows={rows} />
        <ProgressChart series={series} focusAreas={plan.focusAreas} />
      </div>
    </section>
  );
}
