import { Alert, Button, Heading, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@apollo/client/react';
import { STATUS_LEVELS, TEXT_LIMITS } from '@helsefellesskap/status-schema';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import { type FormErrorItem, FormErrorSummary } from '../../shared/form-error-summary';
import { useErrorText } from '../../shared/error-messages';
import { QueryError } from '../../shared/query-state';
import { SelectField } from '../../shared/select-field';
import { StatusMessage } from '../../shared/status-message';
import { isStatusLevel, statusLabel, toLocale } from './status-presentation';
import {
  buildIndicatorInput,
  buildMeasureUpdateInput,
  emptyIndicatorValues,
  emptyMeasureUpdateValues,
  type IndicatorField,
  indicatorFields,
  type IndicatorValues,
  isIndicatorField,
  isMeasureUpdateField,
  type MeasureUpdateField,
  measureUpdateFields,
  type MeasureUpdateValues,
  type ParseResult,
  type StatusUpdateProblem,
} from './status-update-input';

const PostStatusUpdateMutation = graphql(`
  mutation PostStatusUpdate($input: PostStatusUpdateInput!) {
    postStatusUpdate(input: $input) {
      id
      reportedOn
    }
  }
`);

/**
 * Posting a status update, shared by the measure and the target form: local checks first, then the
 * API, whose field errors land at the fields; the plan (tree and dashboard) is fetched again afterwards.
 */
function useStatusUpdate<Field extends string>(
  fields: readonly Field[],
  isField: (value: string) => value is Field,
  label: (field: Field) => string,
) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [failure, setFailure] = useState<unknown>();
  const [attempts, setAttempts] = useState(0);
  const [done, setDone] = useState<string>();
  const [post, { loading }] = useMutation(PostStatusUpdateMutation, {
    refetchQueries: ['ActionPlanPage', 'PlanProgress'],
    awaitRefetchQueries: true,
  });

  const submit = async (parsed: ParseResult<Field>, savedMessage: string): Promise<boolean> => {
    if (loading) return false;
    setDone(undefined);
    setFailure(undefined);
    setOtherErrors([]);
    if (!parsed.ok) {
      const errors: Partial<Record<Field, string>> = {};
      for (const field of fields) {
        const problem: StatusUpdateProblem | undefined = parsed.problems[field];
        if (problem) errors[field] = t(`actionPlan.updateForm.errors.${problem}`, { count: TEXT_LIMITS.comment });
      }
      setFieldErrors(errors);
      setAttempts((count) => count + 1);
      return false;
    }
    setFieldErrors({});
    try {
      await post({ variables: { input: parsed.input } });
      setDone(savedMessage);
      return true;
    } catch (error) {
      const byField = errorText.inputErrors(error);
      if (!byField) {
        setFailure(error);
        return false;
      }
      const errors: Partial<Record<Field, string>> = {};
      const other = [...byField.other];
      for (const [field, message] of Object.entries(byField.fields)) {
        if (!message) continue;
        if (isField(field)) errors[field] = message;
        else other.push(`${field}: ${message}`);
      }
      setFieldErrors(errors);
      setOtherErrors(other);
      setAttempts((count) => count + 1);
      return false;
    }
  };

  const summaryItems = (fieldId: (field: Field) => string): FormErrorItem[] => [
    ...fields.flatMap((field) => {
      const message = fieldErrors[field];
      return message ? [{ fieldId: fieldId(field), message: `${label(field)}: ${message}` }] : [];
    }),
    ...otherErrors.map((message) => ({ message })),
  ];

  return { submit, loading, fieldErrors, failure, attempts, done, summaryItems };
}

interface FormFrameProps {
  attempts: number;
  summaryItems: FormErrorItem[];
  failure: unknown;
  failedHeading: string;
  done: string | undefined;
  children: ReactNode;
}

function FormFrame({ attempts, summaryItems, failure, failedHeading, done, children }: FormFrameProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  // Refusals of this record (a frozen report, a focus area the user does not report on) in the user's language.
  const refusals = errorText.refusals(failure, ['CONFLICT', 'FORBIDDEN']);
  return (
    <>
      <FormErrorSummary key={attempts} heading={t('actionPlan.updateForm.errors.summary')} items={summaryItems} />
      {refusals.length > 0 && (
        <Alert data-color="danger" role="alert">
          <Heading level={6} data-size="xs">
            {failedHeading}
          </Heading>
          {refusals.map((message) => (
            <Paragraph key={message}>{message}</Paragraph>
          ))}
        </Alert>
      )}
      {failure !== undefined && refusals.length === 0 && <QueryError error={failure} />}
      <StatusMessage message={done} />
      {children}
    </>
  );
}

interface MeasureUpdateFormProps {
  measureId: string;
  title: string;
  today: string;
}

/** Status, progress, date and comment of a measure, for its reporter or the secretariat. */
export function MeasureUpdateForm({ measureId, title, today }: MeasureUpdateFormProps) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const id = useId();
  const fieldId = (field: MeasureUpdateField) => `${id}-${field}`;
  const [values, setValues] = useState<MeasureUpdateValues>(() => emptyMeasureUpdateValues(today));
  const label = (field: MeasureUpdateField): string => {
    switch (field) {
      case 'status':
        return t('actionPlan.updateForm.status');
      case 'progress':
        return t('actionPlan.updateForm.progress');
      case 'reportedOn':
        return t('actionPlan.updateForm.reportedOn');
      case 'comment':
        return t('actionPlan.updateForm.comment');
    }
  };
  const form = useStatusUpdate(measureUpdateFields, isMeasureUpdateField, label);
  const change = (field: MeasureUpdateField, value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const saved = await form.submit(buildMeasureUpdateInput(values, measureId, today), t('actionPlan.updateForm.saved', { title }));
    if (saved) setValues(emptyMeasureUpdateValues(today));
  };

  return (
    <FormFrame
      attempts={form.attempts}
      summaryItems={form.summaryItems(fieldId)}
      failure={form.failure}
      failedHeading={t('actionPlan.updateForm.failed')}
      done={form.done}
    >
      <Paragraph data-size="sm">{t('actionPlan.updateForm.intro')}</Paragraph>
      <form className="form-stack" noValidate onSubmit={(event) => void submit(event)}>
        <SelectField
          id={fieldId('status')}
          label={label('status')}
          value={values.status}
          error={form.fieldErrors.status}
          onChange={(value) => change('status', isStatusLevel(value) ? value : '')}
        >
          <Select.Option value="">{t('actionPlan.updateForm.chooseStatus')}</Select.Option>
          {STATUS_LEVELS.map((level) => (
            <Select.Option key={level} value={level}>
              {statusLabel(level, locale)}
            </Select.Option>
          ))}
        </SelectField>
        <Textfield
          id={fieldId('progress')}
          className="number-field"
          label={label('progress')}
          description={t('actionPlan.updateForm.progressDescription')}
          inputMode="numeric"
          autoComplete="off"
          value={values.progress}
          error={form.fieldErrors.progress}
          onChange={(event) => change('progress', event.target.value)}
        />
        <Textfield
          id={fieldId('reportedOn')}
          className="date-field"
          label={label('reportedOn')}
          description={t('actionPlan.updateForm.reportedOnDescription')}
          type="date"
          max={today}
          value={values.reportedOn}
          error={form.fieldErrors.reportedOn}
          onChange={(event) => change('reportedOn', event.target.value)}
        />
        <Textfield
          id={fieldId('comment')}
          label={label('comment')}
          description={t('actionPlan.updateForm.commentDescription')}
          multiline
          rows={3}
          maxLength={TEXT_LIMITS.comment}
          value={values.comment}
          error={form.fieldErrors.comment}
          onChange={(event) => change('comment', event.target.value)}
        />
        <Button type="submit" loading={form.loading}>
          {t('actionPlan.updateForm.submit')}
        </Button>
      </form>
    </FormFrame>
  );
}

interface IndicatorValueFormProps {
  targetId: string;
  indicatorName: string;
  unit: string;
  today: string;
}

/** A target's indicator value on a date, for the secretariat; the target's status follows from it. */
export function IndicatorValueForm({ targetId, indicatorName, unit, today }: IndicatorValueFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const fieldId = (field: IndicatorField) => `${id}-${field}`;
  const [values, setValues] = useState<IndicatorValues>(() => emptyIndicatorValues(today));
  const label = (field: IndicatorField): string => {
    switch (field) {
      case 'indicatorValue':
        return t('actionPlan.indicatorForm.value', { unit });
      case 'reportedOn':
        return t('actionPlan.updateForm.reportedOn');
      case 'comment':
        return t('actionPlan.updateForm.comment');
    }
  };
  const form = useStatusUpdate(indicatorFields, isIndicatorField, label);
  const change = (field: IndicatorField, value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = buildIndicatorInput(values, targetId, today);
    const saved = await form.submit(parsed, t('actionPlan.indicatorForm.saved', { indicator: indicatorName }));
    if (saved) setValues(emptyIndicatorValues(today));
  };

  return (
    <FormFrame
      attempts={form.attempts}
      summaryItems={form.summaryItems(fieldId)}
      failure={form.failure}
      failedHeading={t('actionPlan.indicatorForm.failed')}
      done={form.done}
    >
      <form className="form-stack" noValidate onSubmit={(event) => void submit(event)}>
        <Textfield
          id={fieldId('indicatorValue')}
          className="number-field"
          label={label('indicatorValue')}
          description={t('actionPlan.indicatorForm.valueDescription')}
          inputMode="decimal"
          autoComplete="off"
          value={values.indicatorValue}
          error={form.fieldErrors.indicatorValue}
          onChange={(event) => change('indicatorValue', event.target.value)}
        />
        <Textfield
          id={fieldId('reportedOn')}
          className="date-field"
          label={label('reportedOn')}
          description={t('actionPlan.updateForm.reportedOnDescription')}
          type="date"
          max={today}
          value={values.reportedOn}
          error={form.fieldErrors.reportedOn}
          onChange={(event) => change('reportedOn', event.target.value)}
        />
        <Textfield
          id={fieldId('comment')}
          label={label('comment')}
          multiline
          rows={2}
          maxLength={TEXT_LIMITS.comment}
          value={values.comment}
          error={form.fieldErrors.comment}
          onChange={(event) => change('comment', event.target.value)}
        />
        <Button type="submit" loading={form.loading}>
          {t('actionPlan.indicatorForm.submit')}
        </Button>
      </form>
    </FormFrame>
  );
}
