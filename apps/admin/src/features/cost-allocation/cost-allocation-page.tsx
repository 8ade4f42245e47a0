import { yearOf } from '@helsefellesskap/calendar';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { getFragmentData, graphql } from '../../gql';
import { PageBreadcrumbs } from '../../shared/page-breadcrumbs';
import { Loading, QueryError } from '../../shared/query-state';
import { StatusMessage } from '../../shared/status-message';
import { useDocumentTitle } from '../../shared/use-document-title';
import { useToday } from '../../shared/use-today';
import { useYearParam } from '../../shared/use-year-param';
import { YearSelect } from '../../shared/year-select';
import { distinctYearsDescending } from '../../shared/year-param';
import { AllocationSection } from './allocation-section';
import { BudgetEditor, BudgetEditorFragment } from './budget-editor';
import { BudgetSummary } from './budget-summary';
import { DeleteBudgetDialog } from './delete-budget-dialog';
import { StartNextBudget } from './start-next-budget';

const CostAllocationPageQuery = graphql(`
  query CostAllocationPage($communityId: ID!) {
    community(id: $communityId) {
      id
      name
      shortName
      canEditCoordinatorBudgets
      coordinatorBudgets {
        id
        budgetYear
        ...BudgetSummary_CoordinatorBudget
        ...BudgetEditor_CoordinatorBudget
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
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState<number>();
  const today = useToday();
  /** A community without budgets starts with this year's, empty. */
  const firstYear = today === undefined ? undefined : yearOf(today);
  const [done, setDone] = useState<string>();
  const statusRef = useRef<HTMLDivElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const chooseYear = (year: number) => {
    setEditing(false);
    setDone(undefined);
    setBudgetYear(year);
  };
  // Focus moves to the message, so that keyboard and screen reader users hear it and continue from there.
  const announce = (message: string) => {
    setDone(message);
    requestAnimationFrame(() => statusRef.current?.focus());
  };
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
      <StatusMessage ref={statusRef} message={done} />
      {budgetYear === undefined ? (
        <>
          <Paragraph>{t('costAllocation.noBudgets')}</Paragraph>
          {community.canEditCoordinatorBudgets && firstYear !== undefined && !editing && (
            <div className="button-row">
              <Button variant="secondary" onClick={() => setEditing(true)}>
                {t('budgetEditing.startFirst', { year: firstYear })}
              </Button>
            </div>
          )}
          {community.canEditCoordinatorBudgets && firstYear !== undefined && editing && (
            <BudgetEditor
              communityId={community.id}
              budget={{ budgetYear: firstYear, costLines: [], stateGrant: 0, fixedShareRatio: 0.2, version: null }}
              onSaved={(year) => {
                setEditing(false);
                setBudgetYear(year);
                announce(t('budgetEditing.saved', { year }));
              }}
              onCancel={() => setEditing(false)}
            />
          )}
        </>
      ) : (
        <>
          <YearSelect label={t('costAllocation.budgetYearLabel')} years={budgetYears} value={budgetYear} onChange={chooseYear} />
          {community.canEditCoordinatorBudgets && budget && !budgetYears.includes(budgetYear + 1) && (
            <StartNextBudget
              communityId={community.id}
              fromYear={budgetYear}
              onStarted={(next) => {
                chooseYear(next);
                announce(t('budgetEditing.started', { next, year: next - 1 }));
              }}
            />
          )}
          {budget && <BudgetSummary key={budget.id} budget={budget} />}
          {community.canEditCoordinatorBudgets && budget && !editing && (
            <div className="button-row">
              <Button
                ref={editButtonRef}
                variant="secondary"
                onClick={() => {
                  setDone(undefined);
                  setEditing(true);
                }}
              >
                {t('budgetEditing.edit', { year: budget.budgetYear })}
              </Button>
              <Button variant="tertiary" data-color="danger" onClick={() => setDeleting(budget.budgetYear)}>
                {t('budgetEditing.delete.open', { year: budget.budgetYear })}
              </Button>
            </div>
          )}
          {community.canEditCoordinatorBudgets && budget && editing && (
            <BudgetEditor
              // Loading another version (someone saved meanwhile) opens the editor afresh on it.
              key={`${budget.id}-${getFragmentData(BudgetEditorFragment, budget).version}`}
              communityId={community.id}
              budget={getFragmentData(BudgetEditorFragment, budget)}
              onSaved={(year) => {
                setEditing(false);
                announce(t('budgetEditing.saved', { year }));
              }}
              onCancel={() => {
                setEditing(false);
                requestAnimationFrame(() => editButtonRef.current?.focus());
              }}
            />
          )}
          <AllocationSection communityId={community.id} budgetYear={budgetYear} />
          <DeleteBudgetDialog
            communityId={community.id}
            budgetYear={deleting}
            onClose={() => setDeleting(undefined)}
            onDeleted={(year) => {
              setDeleting(undefined);
              setEditing(false);
              announce(t('budgetEditing.delete.deleted', { year }));
            }}
          />
        </>
      )}
    </>
  );
}
