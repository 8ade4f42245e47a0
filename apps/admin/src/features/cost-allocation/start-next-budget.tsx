import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import { useErrorText } from '../../shared/error-messages';
import { QueryError } from '../../shared/query-state';

const StartNextBudgetMutation = graphql(`
  mutation StartNextCoordinatorBudget($input: StartNextCoordinatorBudgetInput!) {
    startNextCoordinatorBudget(input: $input) {
      id
      budgetYear
    }
  }
`);

interface StartNextBudgetProps {
  communityId: string;
  fromYear: number;
  /** Called with the new year once the page's list of budgets has it. */
  onStarted: (budgetYear: number) => void;
}

/** "Lag budsjett for 2027 fra 2026": copies the year's lines, grant and key into the next year. */
export function StartNextBudget({ communityId, fromYear, onStarted }: StartNextBudgetProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [failure, setFailure] = useState<unknown>();
  const [start, { loading }] = useMutation(StartNextBudgetMutation, {
    refetchQueries: ['CostAllocationPage'],
    awaitRefetchQueries: true,
  });
  const refusals = errorText.refusals(failure, ['CONFLICT', 'NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT']);

  const run = async () => {
    if (loading) return;
    setFailure(undefined);
    try {
      const result = await start({ variables: { input: { communityId, fromYear } } });
      const budgetYear = result.data?.startNextCoordinatorBudget.budgetYear;
      if (budgetYear !== undefined) onStarted(budgetYear);
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <div className="form-stack">
      <Button variant="secondary" loading={loading} onClick={() => void run()}>
        {t('budgetEditing.startNext', { next: fromYear + 1, year: fromYear })}
      </Button>
      {refusals.length > 0 && (
        <Alert data-color="danger" role="alert">
          <Heading level={2} data-size="xs">
            {t('budgetEditing.startFailed')}
          </Heading>
          {refusals.map((message) => (
            <Paragraph key={message}>{message}</Paragraph>
          ))}
        </Alert>
      )}
      {failure !== undefined && refusals.length === 0 && <QueryError error={failure} />}
    </div>
  );
}
