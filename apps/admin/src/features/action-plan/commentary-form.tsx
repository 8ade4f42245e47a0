import { Alert, Heading, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@apollo/client/react';
import { TEXT_LIMITS } from '@helsefellesskap/status-schema';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import { useErrorText } from '../../shared/error-messages';
import { FormErrorSummary } from '../../shared/form-error-summary';
import { QueryError } from '../../shared/query-state';
import { StatusMessage } from '../../shared/status-message';
import { CarriedOverNote } from './carried-over-note';
import { savedMeanwhile, type SavedMeanwhile } from './commentary-conflict';
import { checkCommentary } from './report-input';

const SetCommentaryMutation = graphql(`
  mutation SetStatusReportCommentary($planId: ID!, $year: Int!, $focusAreaNumber: Int!, $commentary: String!, $expectedVersion: Int!) {
    setStatusReportCommentary(
      planId: $planId
      year: $year
      focusAreaNumber: $focusAreaNumber
      commentary: $commentary
      expectedVersion: $expectedVersion
    ) {
      id
      year
      commentaryVersions {
        focusAreaNumber
        version
      }
    }
  }
`);

interface CommentaryFormProps {
  planId: string;
  year: number;
  focusAreaNumber: number;
  /** The saved commentary and its version, as last read. */
  commentary: string;
  version: number;
  /** The text is last year's, not yet saved this year (the API says so); saving clears the mark. */
  carriedOver: boolean;
  /** The year of the report it was carried over from. */
  previousReportYear: number | null;
}

/**
 * SSU's assessment of one focus area in a draft report (secretariat and SSU members). Several people
 * may write at once: a save names the version its text started from, and when someone else saved
 * since, the API refuses. The user's text then stays in the field and their text is shown beside it,
 * so the two can be combined and saved again; nothing is overwritten unseen.
 */
export function CommentaryForm({
  planId,
  year,
  focusAreaNumber,
  commentary,
  version,
  carriedOver,
  previousReportYear,
}: CommentaryFormProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const id = useId();
  const fieldId = `${id}-commentary`;
  const [value, setValue] = useState(commentary);
  // The saved text the user's text was written from; its version is what the next save expects.
  const [base, setBase] = useState({ text: commentary, version });
  const [meanwhile, setMeanwhile] = useState<SavedMeanwhile>();
  const [error, setError] = useState<string>();
  const [failure, setFailure] = useState<unknown>();
  const [attempts, setAttempts] = useState(0);
  const [done, setDone] = useState<string>();
  const [save, { loading }] = useMutation(SetCommentaryMutation, {
    refetchQueries: ['StatusReportView', 'StatusReportPlan'],
    awaitRefetchQueries: true,
  });
  const label = t('actionPlan.reports.commentary.label', { number: focusAreaNumber });
  const edited = value !== base.text;

  // A newer saved text (another area's save refetches the report) replaces an untouched field.
  const [read, setRead] = useState({ commentary, version });
  if (read.commentary !== commentary || read.version !== version) {
    setRead({ commentary, version });
    if (!edited && !meanwhile && version > base.version) {
      setValue(commentary);
      setBase({ text: commentary, version });
    }
  }

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
      const { data } = await save({
        variables: { planId, year, focusAreaNumber, commentary: checked.commentary, expectedVersion: base.version },
      });
      const saved = data?.setStatusReportCommentary.commentaryVersions.find((entry) => entry.focusAreaNumber === focusAreaNumber);
      setValue(checked.commentary);
      setBase({ text: checked.commentary, version: saved?.version ?? base.version + 1 });
      setMeanwhile(undefined);
      setDone(t('actionPlan.reports.commentary.saved', { number: focusAreaNumber }));
    } catch (caught) {
      const message = errorText.inputErrors(caught)?.fields.commentary;
      if (message) {
        setError(message);
        setAttempts((count) => count + 1);
        return;
      }
      const theirs = savedMeanwhile(caught);
      if (theirs) {
        // The user has now seen what was saved: their next save may replace it.
        setMeanwhile(theirs);
        setBase(theirs);
      }
      setFailure(caught);
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
      {meanwhile && (
        <figure className="commentary-meanwhile">
          <figcaption>{t('actionPlan.reports.commentary.savedMeanwhile', { number: focusAreaNumber })}</figcaption>
          <blockquote>
            {meanwhile.text.trim() === '' ? (
              <Paragraph>{t('actionPlan.reports.commentary.savedMeanwhileEmpty')}</Paragraph>
            ) : (
              meanwhile.text.split(/\n{2,}/).map((paragraph, index) => <Paragraph key={index}>{paragraph}</Paragraph>)
            )}
          </blockquote>
        </figure>
      )}
      <StatusMessage message={done} />
      {carriedOver && <CarriedOverNote fromYear={previousReportYear} />}
      <form className="form-stack" noValidate onSubmit={(event) => void submit(event)}>
        <Textfield
          id={fieldId}
          label={label}
          // The field itself says the text is carried over, for those who reach it without reading the note above.
          description={
            carriedOver
              ? `${t('actionPlan.reports.carriedOver.tag')}: ${previousReportYear === null ? t('actionPlan.reports.carriedOver.textNoYear') : t('actionPlan.reports.carriedOver.text', { year: previousReportYear })}`
              : t('actionPlan.reports.commentary.description')
          }
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
