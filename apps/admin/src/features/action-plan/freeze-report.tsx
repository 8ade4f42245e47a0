import { Button, Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import { FormErrorSummary } from '../../shared/form-error-summary';
import { useErrorText } from '../../shared/error-messages';
import { ConfirmDialogActions } from '../../shared/confirm-dialog-actions';
import { buildFreezeInput, caseReferenceMaxLength } from './report-input';

const FreezeReportMutation = graphql(`
  mutation FreezeStatusReport($input: FreezeStatusReportInput!) {
    freezeStatusReport(input: $input) {
      id
      year
      frozen
      frozenAt
      caseReference
    }
  }
`);

interface FreezeReportProps {
  planId: string;
  year: number;
  onFrozen: (message: string) => void;
}

/** "Fastsett rapporten": the case it is attached to, then a confirmation, since it can never be undone. */
export function FreezeReport({ planId, year, onFrozen }: FreezeReportProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const id = useId();
  const fieldId = `${id}-case`;
  const headingId = `${id}-heading`;
  const dialogHeadingId = `${id}-dialog`;
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [caseReference, setCaseReference] = useState('');
  const [error, setError] = useState<string>();
  const [attempts, setAttempts] = useState(0);
  const [confirming, setConfirming] = useState<string>();
  const [failure, setFailure] = useState<unknown>();
  const [freeze, { loading }] = useMutation(FreezeReportMutation, {
    refetchQueries: ['StatusReportView', 'StatusReportPlan'],
    awaitRefetchQueries: true,
  });

  useEffect(() => {
    // The safe choice first: a stray Enter cancels rather than freezes.
    if (confirming !== undefined) cancelRef.current?.focus();
  }, [confirming]);

  const label = t('actionPlan.reports.freeze.caseReference');
  const ask = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = buildFreezeInput(caseReference, planId, year);
    if (!parsed.ok) {
      setError(t(`actionPlan.reports.freeze.errors.${parsed.problem}`, { count: caseReferenceMaxLength }));
      setAttempts((count) => count + 1);
      return;
    }
    setError(undefined);
    setFailure(undefined);
    setConfirming(parsed.input.caseReference);
  };

  const close = () => {
    setFailure(undefined);
    setConfirming(undefined);
  };

  const confirm = async () => {
    if (confirming === undefined || loading) return;
    setFailure(undefined);
    try {
      await freeze({ variables: { input: { planId, year, caseReference: confirming } } });
    } catch (caught) {
      const message = errorText.inputErrors(caught)?.fields.caseReference;
      if (message) {
        setConfirming(undefined);
        setError(message);
        setAttempts((count) => count + 1);
      } else {
        setFailure(caught);
      }
      return;
    }
    onFrozen(t('actionPlan.reports.freeze.done', { year, caseReference: confirming }));
  };

  // Refusals of this record (a frozen report, a focus area the user does not report on) in the user's language.
  const refusals = errorText.refusals(failure, ['CONFLICT', 'FORBIDDEN']);
  return (
    <section aria-labelledby={headingId} className="page-section freeze-report">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('actionPlan.reports.freeze.heading')}
      </Heading>
      <Paragraph>{t('actionPlan.reports.freeze.intro')}</Paragraph>
      <FormErrorSummary
        key={attempts}
        heading={t('actionPlan.reports.freeze.errors.summary')}
        items={error ? [{ fieldId, message: `${label}: ${error}` }] : []}
      />
      <form className="form-stack" noValidate onSubmit={ask}>
        <Textfield
          id={fieldId}
          label={label}
          description={t('actionPlan.reports.freeze.caseReferenceDescription')}
          autoComplete="off"
          maxLength={caseReferenceMaxLength}
          value={caseReference}
          error={error}
          onChange={(event) => setCaseReference(event.target.value)}
        />
        <Button type="submit" data-color="danger">
          {t('actionPlan.reports.freeze.submit')}
        </Button>
      </form>
      <Dialog
        open={confirming !== undefined}
        onClose={close}
        closeButton={t('actionPlan.reports.freeze.close')}
        aria-labelledby={dialogHeadingId}
      >
        <Dialog.Block>
          <Heading level={2} data-size="xs" id={dialogHeadingId}>
            {t('actionPlan.reports.freeze.dialogHeading', { year })}
          </Heading>
        </Dialog.Block>
        <Dialog.Block className="dialog-body">
          <Paragraph>{t('actionPlan.reports.freeze.dialogBody', { caseReference: confirming ?? '' })}</Paragraph>
          <ConfirmDialogActions
            conflicts={refusals}
            failedHeading={t('actionPlan.reports.freeze.failed')}
            failure={failure}
            confirmLabel={t('actionPlan.reports.freeze.confirm')}
            cancelLabel={t('actionPlan.reports.freeze.cancel')}
            loading={loading}
            onConfirm={() => void confirm()}
            onCancel={close}
            cancelRef={cancelRef}
          />
        </Dialog.Block>
      </Dialog>
    </section>
  );
}
