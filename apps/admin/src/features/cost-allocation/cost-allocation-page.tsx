import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { graphql } from '../../gql';
import { PageBreadcrumbs } from '../../shared/page-breadcrumbs';
import { Loading, QueryError } from '../../shared/query-state';
import { useDocumentTitle } from '../../shared/use-document-title';
import { useYearParam } from '../../shared/use-year-param';
import { YearSelect } from '../../shared/year-select';
import { distinctYearsDescending } from '../../shared/year-param';
import { AllocationSection } from './allocation-section';
import { BudgetSummary } from './budget-summary';

const CostAllocationPageQuery = graphql(`
  query CostAllocationPage($communityId: ID!) {
    community(id: $communityId) {
      id
      name
      shortName
      coordinatorBudgets {
        id
        budgetYear
        ...BudgetSummary_CoordinatorBudget
      }
    }
  }
`);

export function CostAllocationPage() {
  const { t } = useTranslation();
  const { communityId = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(CostAllocationPageQuery, {
    variables: { communityId },
  });
  const community = data?.community;
  const budgets = community?.coordinatorBudgets ?? [];
  const budgetYears = distinctYearsDescending(budgets.map((budget) => budget.budgetYear));
  const [budgetYear, setBudgetYear] = useYearParam('budgetYear', budgetYears);
  const budget = budgets.find((candidate) => candidate.budgetYear === budgetYear);
  useDocumentTitle(community ? `${t('costAllocation.title')} – ${community.shortName}` : t('costAllocation.title'));

  if (!community) {
    return (
      <>
        <Heading level={1} data-size="lg">
          {loading ? t('common.loading') : t('costAllocation.unavailable')}
        </Heading>
        {loading && <Loading />}
        {error && <QueryError error={error} onRetry={() => void refetch()} />}
      </>
    );
  }

  const communityPath = `/communities/${encodeURIComponent(community.id)}`;

  return (
    <>
      <PageBreadcrumbs
        crumbs={[
          { label: t('app.navCommunities'), to: '/' },
          { label: community.shortName, to: communityPath },
          { label: t('costAllocation.title'), to: `${communityPath}/cost-allocation` },
        ]}
      />
      <div>
        <Paragraph className="kicker">{community.name}</Paragraph>
        <Heading level={1} data-size="lg">
          {t('costAllocation.title')}
        </Heading>
      </div>
      <Paragraph variant="long">{t('costAllocation.intro')}</Paragraph>
      {budgetYear === undefined ? (
        <Paragraph>{t('costAllocation.noBudgets')}</Paragraph>
      ) : (
        <>
          <YearSelect label={t('costAllocation.budgetYearLabel')} years={budgetYears} value={budgetYear} onChange={setBudgetYear} />
          {budget && <BudgetSummary key={budget.id} budget={budget} />}
          <AllocationSection communityId={community.id} budgetYear={budgetYear} />
        </>
      )}
    </>
  );
}
