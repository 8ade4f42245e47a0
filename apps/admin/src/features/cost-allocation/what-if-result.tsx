import { Heading } from '@digdir/designsystemet-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import type { CostAllocationWhatIfInput } from '../../gql/graphql';
import { Loading, QueryError } from '../../shared/query-state';
import { AllocationTable } from './allocation-table';

const CostAllocationWhatIfQuery = graphql(`
  query CostAllocationWhatIf($input: CostAllocationWhatIfInput!) {
    costAllocationWhatIf(input: $input) {
      ...AllocationTable_CostAllocation
    }
  }
`);

export function WhatIfResult({ input }: { input: CostAllocationWhatIfInput }) {
  const { t } = useTranslation();
  const { data, error, loading } = useQuery(CostAllocationWhatIfQuery, { variables: { input } });
  return (
    <>
      {loading && <Loading />}
      {error && <QueryError error={error} />}
      {data && !loading && (
        <>
          <Heading level={3} data-size="sm">
            {t('costAllocation.whatIf.resultHeading')}
          </Heading>
          <AllocationTable caption={t('costAllocation.whatIf.resultCaption')} allocation={data.costAllocationWhatIf} />
        </>
      )}
    </>
  );
}
