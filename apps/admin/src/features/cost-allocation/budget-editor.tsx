import { Alert, Button, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import type { BudgetEditor_CoordinatorBudgetFragment } from '../../gql/graphql';
import { useErrorText } from '../../shared/error-messages';
import { errorReasons } from '../../shared/graphql-errors';
import { type FormErrorItem, FormErrorSummary } from '../../shared/form-error-summary';
import { QueryError } from '../../shared/query-state';
import {
  type BudgetErrors,
  type BudgetFormValues,
  type BudgetProblem,
  budgetFormValues,
  buildBudgetInput,
  MAX_LABEL_LENGTH,
  MAX_LINES,
  newLineKey,
} from './budget-input';

export const BudgetEditorFragment = graphql(`
  fragment BudgetEditor_CoordinatorBudget on CoordinatorBudget {
    budgetYear
    costLines {
      label
      amount
    }
    stateGrant
    fixedShareRatio
    version
  }
`);

const SaveBudgetMutation = graphql(`
  mutation SaveCoordinatorBudget($input: SaveCoordinatorBudgetInput!) {
    saveCoordinatorBudget(input: $input) {
      id
      budgetYear
    }
  }
`);

/**
 * A stored budget (its fragment, unmasked) or a new one (no version): saving creates the year's
 * budget, or changes the version loaded.
 */
export type EditedBudget = Omit<BudgetEditor_CoordinatorBudgetFragment, ' $fragmentName' | 'version'> & { version: number | null };

interface BudgetEditorProps {
  communityId: string;
  budget: EditedBudget;
  onSaved: (budgetYear: number) => void;
  onCancel: () => void;
}

/**
 * Edits a year's cost lines and state grant; the allocation is fetched again once it is saved. A save
 * refused because someone else saved the budget meanwhile offers to load their version (the page then
 * opens the editor again on it).
 */
export function BudgetEditor({ communityId, budget, onSaved, onCancel }: BudgetEditorProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [reloading, setReloading] = useState(false);
  const errorText = useErrorText();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [values, setValues] = useState<BudgetFormValues>(() => budgetFormValues(budget));
  const [errors, setErrors] = useState<BudgetErrors | undefined>();
  const [serverErrors, setServerErrors] = useState<string[]>([]);
  const [failure, setFailure] = useState<unknown>();
  const [attempts, setAttempts] = useState(0);
  const [focusKey, setFocusKey] = useState<string | undefined>();
  const [save, { loading }] = useMutation(SaveBudgetMutation, {
    refetchQueries: ['CostAllocationPage', 'CostAllocation'],
    awaitRefetchQueries: true,
  });
  const refusals = errorText.refusals(failure, ['CONFLICT', 'NOT_FOUND', 'FORBIDDEN']);
  const changedMeanwhile = errorReasons(failure).some((reason) => reason === 'BUDGET_CHANGED' || reason === 'BUDGET_VERSION_REQUIRED');
  const reload = async () => {
    setReloading(true);
    try {
      await client.refetchQueries({ include: ['CostAllocationPage', 'CostAllocation'] });
    } finally {
      setReloading(false);
    }
  };
  const labelId = (key: string) => `${id}-${key}-label`;
  const amountId = (key: string) => `${id}-${key}-amount`;
  const stateGrantId = `${id}-state-grant`;
  const addId = `${id}-add`;

  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    // A new line gets focus; after removing one, the button to add lines does.
    if (focusKey) document.getElementById(focusKey === 'add' ? addId : labelId(focusKey))?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when a line was added or removed
  }, [focusKey]);

  const problemText = (problem: BudgetProblem) =>
    t(`budgetEditing.errors.${problem}`, { max: problem === 'tooManyLines' ? MAX_LINES : MAX_LABEL_LENGTH });
  const updateLine = (key: string, change: { label?: string; amount?: string }) =>
    setValues((current) => ({ ...current, lines: current.lines.map((line) => (line.key === key ? { ...line, ...change } : line)) }));
  const addLine = () => {
    const key = newLineKey();
    setValues((current) => ({ ...current, lines: [...current.lines, { key, label: '', amount: '' }] }));
    setFocusKey(key);
  };
  const removeLine = (key: string) => {
    setValues((current) => ({ ...current, lines: current.lines.filter((line) => line.key !== key) }));
    setFocusKey('add');
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setFailure(undefined);
    setServerErrors([]);
    const parsed = buildBudgetInput(values, {
      communityId,
      budgetYear: budget.budgetYear,
      fixedShareRatio: budget.fixedShareRatio,
      version: budget.version,
    });
    if (!parsed.ok) {
      setErrors(parsed.errors);
      setAttempts((count) => count + 1);
      return;
    }
    setErrors(undefined);
    try {
      await save({ variables: { input: parsed.input } });
      onSaved(budget.budgetYear);
    } catch (error) {
      const byField = errorText.inputErrors(error);
      if (!byField) {
        setFailure(error);
        return;
      }
      setServerErrors([...Object.values(byField.fields).filter((message) => message !== undefined), ...byField.other]);
      setAttempts((count) => count + 1);
    }
  };

  const summaryItems: FormErrorItem[] = [];
  values.lines.forEach((line, index) => {
    const problems = errors?.lines[line.key];
    const name = t('budgetEditing.line', { number: index + 1 });
    if (problems?.label) summaryItems.push({ fieldId: labelId(line.key), message: `${name}: ${problemText(problems.label)}` });
    if (problems?.amount) summaryItems.push({ fieldId: amountId(line.key), message: `${name}: ${problemText(problems.amount)}` });
  });
  if (errors?.stateGrant) {
    summaryItems.push({ fieldId: stateGrantId, message: `${t('budgetEditing.stateGrant')}: ${problemText(errors.stateGrant)}` });
  }
  if (errors?.form) summaryItems.push({ fieldId: addId, message: problemText(errors.form) });
  summaryItems.push(...serverErrors.map((message) => ({ message })));

  return (
    <section aria-labelledby={`${id}-heading`} className="page-section">
      <Heading level={2} data-size="md" id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('budgetEditing.editorHeading', { year: budget.budgetYear })}
      </Heading>
      <Paragraph>{t('budgetEditing.editorIntro')}</Paragraph>
      <FormErrorSummary key={attempts} heading={t('budgetEditing.errors.summary')} items={summaryItems} />
      {refusals.length > 0 && (
        <Alert data-color="danger" role="alert">
          <Heading level={3} data-size="xs">
            {t('budgetEditing.failed')}
          </Heading>
          {refusals.map((message) => (
            <Paragraph key={message}>{message}</Paragraph>
          ))}
          {changedMeanwhile && (
            <div className="button-row">
              <Button type="button" variant="secondary" loading={reloading} onClick={() => void reload()}>
                {t('budgetEditing.reload', { year: budget.budgetYear })}
              </Button>
            </div>
          )}
        </Alert>
      )}
      {failure !== undefined && refusals.length === 0 && <QueryError error={failure} />}
      <form className="form-stack budget-editor" noValidate onSubmit={(event) => void submit(event)}>
        {values.lines.length === 0 && <Paragraph>{t('budgetEditing.noLines')}</Paragraph>}
        {values.lines.map((line, index) => {
          const problems = errors?.lines[line.key];
          const number = index + 1;
          return (
            <Fieldset key={line.key} className="budget-line">
              <Fieldset.Legend>{t('budgetEditing.line', { number })}</Fieldset.Legend>
              <div className="budget-line__fields">
                <Textfield
                  id={labelId(line.key)}
                  className="budget-line__label"
                  label={t('budgetEditing.label')}
                  autoComplete="off"
                  value={line.label}
                  error={problems?.label && problemText(problems.label)}
                  onChange={(event) => updateLine(line.key, { label: event.target.value })}
                />
                <Textfield
                  id={amountId(line.key)}
                  className="budget-line__amount"
                  label={t('budgetEditing.amount')}
                  inputMode="numeric"
                  autoComplete="off"
                  value={line.amount}
                  error={problems?.amount && problemText(problems.amount)}
                  onChange={(event) => updateLine(line.key, { amount: event.target.value })}
                />
                <Button type="button" variant="tertiary" data-color="danger" onClick={() => removeLine(line.key)}>
                  {t('budgetEditing.remove', { number })}
                </Button>
              </div>
            </Fieldset>
          );
        })}
        <div className="button-row">
          <Button id={addId} type="button" variant="secondary" onClick={addLine}>
            {t('budgetEditing.add')}
          </Button>
        </div>
        <Textfield
          id={stateGrantId}
          className="budget-line__amount"
          label={t('budgetEditing.stateGrant')}
          inputMode="numeric"
          autoComplete="off"
          value={values.stateGrant}
          error={errors?.stateGrant && problemText(errors.stateGrant)}
          onChange={(event) => setValues((current) => ({ ...current, stateGrant: event.target.value }))}
        />
        <div className="button-row">
          <Button type="submit" loading={loading}>
            {t('budgetEditing.save')}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('budgetEditing.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
