import { Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import { ConfirmDialogActions } from '../../shared/confirm-dialog-actions';
import { useErrorText } from '../../shared/error-messages';

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
  const errorText = useErrorText();
  const headingId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [failure, setFailure] = useState<unknown>();
  const [deleteBudget, { loading }] = useMutation(DeleteBudgetMutation, {
    refetchQueries: ['CostAllocationPage'],
    awaitRefetchQueries: true,
  });

  useEffect(() => {
    // The safe choice first: a stray Enter cancels rather than deletes.
    if (budgetYear !== undefined) cancelRef.current?.focus();
  }, [budgetYear]);

  const close = () => {
    setFailure(undefined);
    onClose();
  };

  const confirm = async () => {
    if (budgetYear === undefined || loading) return;
    setFailure(undefined);
    try {
      await deleteBudget({ variables: { communityId, budgetYear } });
    } catch (error) {
      setFailure(error);
      return;
    }
    onDeleted(budgetYear);
  };

  const refusals = errorText.refusals(failure, ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT']);
  return (
    <Dialog open={budgetYear !== undefined} onClose={close} closeButton={t('budgetEditing.delete.close')} aria-labelledby={headingId}>
      <Dialog.Block>
        <Heading level={2} data-size="xs" id={headingId}>
          {t('budgetEditing.delete.heading', { year: budgetYear })}
        </Heading>
      </Dialog.Block>
      <Dialog.Block className="dialog-body">
        <Paragraph>{t('budgetEditing.delete.body', { year: budgetYear })}</Paragraph>
        <ConfirmDialogActions
          conflicts={refusals}
          failedHeading={t('budgetEditing.delete.failed')}
          failure={failure}
          confirmLabel={t('budgetEditing.delete.confirm', { year: budgetYear })}
          cancelLabel={t('budgetEditing.cancel')}
          loading={loading}
          onConfirm={() => void confirm()}
          onCancel={close}
          cancelRef={cancelRef}
        />
      </Dialog.Block>
    </Dialog>
  );
}
