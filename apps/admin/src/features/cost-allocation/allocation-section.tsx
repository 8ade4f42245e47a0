import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import { Loading, QueryError } from '../../shared/query-state';
import { AllocationDownloads } from './allocation-downloads';
import { AllocationTable } from './allocation-table';
import { WhatIfForm } from './what-if-form';

const CostAllocationQuery = graphql(`
  query CostAllocation($communityId: ID!, $budgetYear: Int!) {
    costAllocation(communityId: $communityId, budgetYear: $budgetYear) {
      populationYear
      municipalShare
      ...AllocationTable_CostAllocation
      ...WhatIfForm_CostAllocation
    }
  }
`);

interface AllocationSectionProps {
  communityId: string;
  budgetYear: number;
}

export function AllocationSection({ communityId, budgetYear }: AllocationSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, error, loading, refetch } = useQuery(CostAllocationQuery, {
    variables: { communityId, budgetYear },
  });
  const allocation = data?.costAllocation;

  return (
    <>
      <section aria-labelledby={headingId} className="page-section">
        <Heading level={2} data-size="md" id={headingId}>
          {t('costAllocation.allocation.heading')}
        </Heading>
        {loading && !allocation && <Loading />}
        {error && <QueryError error={error} onRetry={() => void refetch()} />}
        {allocation && (
          <>
            <Paragraph>
              {allocation.populationYear != null &&
                `${t('costAllocation.allocation.populationYear', { year: allocation.populationYear })} `}
              {t('costAllocation.allocation.notCharged')}
            </Paragraph>
            <AllocationTable caption={t('costAllocation.allocation.caption', { year: budgetYear })} allocation={allocation} />
            <AllocationDownloads communityId={communityId} budgetYear={budgetYear} />
          </>
        )}
      </section>
      {/* Started again from the stored figures when the budget was edited. */}
      {allocation && <WhatIfForm key={`${budgetYear}-${allocation.municipalShare}`} allocation={allocation} />}
    </>
  );
}
