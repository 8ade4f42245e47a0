import { yearOf } from '@helsefellesskap/calendar';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';

import { graphql } from '../../gql';
import { AppLink } from '../../shared/app-link';
import { PageBreadcrumbs } from '../../shared/page-breadcrumbs';
import { Loading, QueryError } from '../../shared/query-state';
import { useDocumentTitle } from '../../shared/use-document-title';
import { AsOfForm } from './as-of-form';
import { FocusAreaItem } from './focus-area-item';
import { PlanDashboard } from './plan-dashboard';
import { useToday } from '../../shared/use-today';
import { parseAsOfParam } from './plan-dates';
import { PlanHeader } from './plan-header';
import { planEditorPath, planPath } from './plan-paths';
import { ReportYearsNav, reportYearsOf } from './report-years';
import './action-plan.css';

const ActionPlanPageQuery = graphql(`
  query ActionPlanPage($communityId: ID!, $planId: ID!, $asOf: LocalDate) {
    community(id: $communityId) {
      id
      name
      shortName
      actionPlans {
        id
      }
    }
    actionPlan(id: $planId) {
      id
      title
      canEdit
      ...PlanHeader_ActionPlan
      ...ReportYears_ActionPlan
      ...PlanDashboard_ActionPlan
      focusAreas(asOf: $asOf) {
        id
        ...FocusAreaItem_FocusArea
      }
    }
  }
`);

/** An action plan: its header, the dashboard, and the focus areas with their targets and measures. */
export function ActionPlanPage() {
  const { t } = useTranslation();
  const { communityId = '', planId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const today = useToday();
  const asOfParam = parseAsOfParam(searchParams.get('asOf'));
  const asOf = asOfParam.kind === 'date' ? asOfParam.date : today;
  const {
    data: current,
    previousData,
    error,
    loading,
    refetch,
  } = useQuery(ActionPlanPageQuery, {
    variables: { communityId, planId, asOf: asOfParam.kind === 'date' ? asOfParam.date : null },
    // Focus areas, targets and measures have stable ids but their status depends on the date asked
    // about; the normalised cache would mix answers for different dates, so this page always asks.
    fetchPolicy: 'network-only',
  });
  // While another date is asked about, the page keeps showing the last answer rather than blanking out
  // (which would also take focus away from the date field).
  const data = current ?? previousData;
  const treeHeadingId = useId();
  const reportsHeadingId = useId();
  const community = data?.community;
  const plan = data?.actionPlan;
  useDocumentTitle(plan ? `${plan.title} – ${community?.shortName ?? ''}` : undefined);

  if (!community || !plan || today === undefined || asOf === undefined) {
    const waiting = loading || today === undefined;
    return (
      <>
        <Heading level={1} data-size="lg">
          {waiting ? t('common.loading') : t('actionPlan.page.unavailable')}
        </Heading>
        {waiting && <Loading />}
        {error && <QueryError error={error} onRetry={() => void refetch()} />}
      </>
    );
  }

  const communityPath = `/communities/${encodeURIComponent(community.id)}`;
  if (!community.actionPlans.some((candidate) => candidate.id === plan.id)) {
    return (
      <>
        <Heading level={1} data-size="lg">
          {t('actionPlan.page.unavailable')}
        </Heading>
        <Alert data-color="warning">
          <Paragraph>{t('actionPlan.page.notInCommunity')}</Paragraph>
          <Paragraph>
            <AppLink to={communityPath}>{t('actionPlan.page.backToCommunity', { name: community.shortName })}</AppLink>
          </Paragraph>
        </Alert>
      </>
    );
  }

  const currentYear = yearOf(today);
  const reportYears = reportYearsOf(plan, currentYear);

  return (
    <>
      <PageBreadcrumbs
        crumbs={[
          { label: t('app.navCommunities'), to: '/' },
          { label: community.shortName, to: communityPath },
          { label: plan.title, to: planPath(community.id, plan.id) },
        ]}
      />
      <div>
        <Paragraph className="kicker">{community.name}</Paragraph>
        <Heading level={1} data-size="lg">
          {plan.title}
        </Heading>
      </div>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {loading && <Loading />}
      {plan.canEdit && (
        <Paragraph>
          <AppLink to={planEditorPath(community.id, plan.id)}>{t('planAuthoring.editor.link')}</AppLink>
        </Paragraph>
      )}
      <PlanHeader plan={plan} />
      <section aria-labelledby={reportsHeadingId} className="page-section">
        <Heading level={2} data-size="md" id={reportsHeadingId}>
          {t('actionPlan.reports.heading')}
        </Heading>
        <Paragraph>{t('actionPlan.reports.intro')}</Paragraph>
        <ReportYearsNav communityId={community.id} planId={plan.id} options={reportYears} />
      </section>
      <AsOfForm param={asOfParam} today={today} />
      <PlanDashboard plan={plan} asOf={asOfParam.kind === 'date' ? asOfParam.date : null} />
      <section aria-labelledby={treeHeadingId} className="page-section">
        <Heading level={2} data-size="md" id={treeHeadingId}>
          {t('actionPlan.tree.heading')}
        </Heading>
        {plan.focusAreas.length === 0 ? (
          <Paragraph>{t('actionPlan.tree.empty')}</Paragraph>
        ) : (
          <ol className="focus-areas">
            {plan.focusAreas.map((focusArea) => (
              <li key={focusArea.id}>
                <FocusAreaItem focusArea={focusArea} asOf={asOf} today={today} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
