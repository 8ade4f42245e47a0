import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@apollo/client/react';
import { TEXT_LIMITS } from '@helsefellesskap/status-schema';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import { FormErrorSummary } from '../../shared/form-error-summary';
import { useErrorText } from '../../shared/error-messages';
import { QueryError } from '../../shared/query-state';
import { StatusMessage } from '../../shared/status-message';
import { checkCommentary } from './report-input';

const SetCommentaryMutation = graphql(`
  mutation SetStatusReportCommentary($planId: ID!, $year: Int!, $focusAreaNumber: Int!, $commentary: String!) {
    setStatusReportCommentary(planId: $planId, year: $year, focusAreaNumber: $focusAreaNumber, commentary: $commentary) {
      id
      year
    }
  }
`);

interface CommentaryFormProps {
  planId: string;
  year: number;
  focusAreaNumber: number;
  commentary: string;
}

/** SSU's assessment of one focus area in a draft report (secretariat and SSU members). */
export function CommentaryForm({ planId, year, focusAreaNumber, commentary }: CommentaryFormProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const id = useId();
  const fieldId = `${id}-commentary`;
  const [value, setValue] = useState(commentary);
  const [error, setError] = useState<string>();
  const [failure, setFailure] = useState<unknown>();
  const [attempts, setAttempts] = useState(0);
  const [done, setDone] = useState<string>();
  const [save, { loading }] = useMutation(SetCommentaryMutation, {
    refetchQueries: ['StatusReportView', 'StatusReportPlan'],
    awaitRefetchQueries: true,
  });
  const label = t('actionPlan.reports.commentary.label', { number: focusAreaNumber });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setDone(undefined);
    setFailure(undefined);
    const checked = checkCommentary(value);
    if (!checked.ok) {
      setError(t('actionPlan.reports.commentary.errors.tooLong', { count: TEXT_LIMITS.commentary }));
      setAttempts((count) => count + 1);
      return;
    }
    setError(undefined);
    try {
      await save({ variables: { planId, year, focusAreaNumber, commentary: checked.commentary } });
      setDone(t('actionPlan.reports.commentary.saved', { number: focusAreaNumber }));
    } catch (caught) {
      const message = errorText.inputErrors(caught)?.fields.commentary;
      if (message) {
        setError(message);
        setAttempts((count) => count + 1);
      } else {
        setFailure(caught);
      }
    }
  };

  // Refusals of this record (a frozen report, a focus area the user does not report on) in the user's language.
  const refusals = errorText.refusals(failure, ['CONFLICT', 'FORBIDDEN']);
  return (
    <div className="commentary-form">
      <FormErrorSummary
        key={attempts}
        heading={t('actionPlan.reports.commentary.errors.summary')}
        items={error ? [{ fieldId, message: `${label}: ${error}` }] : []}
      />
      {refusals.length > 0 && (
        <Alert data-color="danger" role="alert">
          <Heading level={4} data-size="xs">
            {t('actionPlan.reports.commentary.failed')}
          </Heading>
          {refusals.map((message) => (
            <Paragraph key={message}>{message}</Paragraph>
          ))}
        </Alert>
      )}
      {failure !== undefined && refusals.length === 0 && <QueryError error={failure} />}
      <StatusMessage message={done} />
      <form className="form-stack" noValidate onSubmit={(event) => void submit(event)}>
        <Textfield
          id={fieldId}
          label={label}
          description={t('actionPlan.reports.commentary.description')}
          multiline
          rows={5}
          maxLength={TEXT_LIMITS.commentary}
          value={value}
          error={error}
          onChange={(event) => setValue(event.target.value)}
        />
        <Button type="submit" variant="secondary" loading={loading}>
          {t('actionPlan.reports.commentary.submit')}
        </Button>
      </form>
    </div>
  );
}
