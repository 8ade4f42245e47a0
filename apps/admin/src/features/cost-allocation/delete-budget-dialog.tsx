import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import { ConfirmActionDialog } from '../../shared/confirm-action-dialog';

const DeleteBudgetMutation = graphql(`
  mutation DeleteCoordinatorBudget($communityId: ID!, $budgetYear: Int!) {
    deleteCoordinatorBudget(communityId: $communityId, budgetYear: $budgetYear)
  }
`);

interface DeleteBudgetDialogProps {
  communityId: string;
  /** The year to delete; the dialog is open while set. */
  budgetYear: number | undefined;
  onClose: () => void;
  onDeleted: (budgetYear: number) => void;
}

/** Asks before deleting a year's budget made by mistake; a refusal is shown in the dialog. */
export function DeleteBudgetDialog({ communityId, budgetYear, onClose, onDeleted }: DeleteBudgetDialogProps) {
  const { t } = useTranslation();
  const [deleteBudget] = useMutation(DeleteBudgetMutation, {
    refetchQueries: ['CostAllocationPage'],
    awaitRefetchQueries: true,
  });

  return (
    <ConfirmActionDialog
      open={budgetYear !== undefined}
      heading={t('budgetEditing.delete.heading', { year: budgetYear })}
      body={t('budgetEditing.delete.body', { year: budgetYear })}
      confirmLabel={t('budgetEditing.delete.confirm', { year: budgetYear })}
      cancelLabel={t('budgetEditing.cancel')}
      closeLabel={t('budgetEditing.delete.close')}
      failedHeading={t('budgetEditing.delete.failed')}
      refusalCodes={['NOT_FOUND', 'FORBIDDEN', 'CONFLICT']}
      action={async () => {
        if (budgetYear !== undefined) await deleteBudget({ variables: { communityId, budgetYear } });
      }}
      onClose={onClose}
      onDone={() => {
        if (budgetYear !== undefined) onDeleted(budgetYear);
      }}
    />
  );
}
