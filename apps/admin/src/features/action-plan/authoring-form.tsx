import { Alert, Button, Checkbox, Fieldset, Heading, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { type FormErrorItem, FormErrorSummary } from '../../shared/form-error-summary';
import { useErrorText } from '../../shared/error-messages';
import { QueryError } from '../../shared/query-state';
import { SelectField } from '../../shared/select-field';
import { StatusMessage } from '../../shared/status-message';
import { type BuildResult, choices, type FormValues } from './authoring-input';

export interface FieldSpec<Field extends string> {
  name: Field;
  label: string;
  description?: string;
  kind: 'text' | 'textarea' | 'date' | 'number' | 'year' | 'select' | 'checkboxes';
  /** For a select (after its empty choice) or a group of checkboxes. */
  options?: readonly { value: string; label: string }[];
  /** The select's empty choice: "none" or "choose …". */
  emptyOption?: string;
}

interface AuthoringFormProps<Field extends string, Input> {
  fields: readonly FieldSpec<Field>[];
  initial: FormValues<Field>;
  build: (values: FormValues<Field>) => BuildResult<Input, Field>;
  /** Sends the input; a refusal is thrown as the API's error. */
  send: (input: Input) => Promise<unknown>;
  submitLabel: string;
  failedHeading: string;
  savedMessage: string;
  /** Empty the fields after a save (forms that add), rather than keep what was saved (forms that edit). */
  resetAfterSave?: boolean;
  onSaved?: () => void;
}

/**
 * A form of the plan editor: the fields as specified, checked here first in the user's words, then by
 * the API, whose field errors land at the fields and whose refusals are shown in the user's language.
 */
export function AuthoringForm<Field extends string, Input>(props: AuthoringFormProps<Field, Input>) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const id = useId();
  const fieldId = (field: Field) => `${id}-${field}`;
  const [values, setValues] = useState<FormValues<Field>>(props.initial);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [failure, setFailure] = useState<unknown>();
  const [attempts, setAttempts] = useState(0);
  const [done, setDone] = useState<string>();
  const [sending, setSending] = useState(false);
  const names = new Set<string>(props.fields.map((field) => field.name));
  const isField = (name: string): name is Field => names.has(name);
  const change = (field: Field, value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    setDone(undefined);
    setFailure(undefined);
    setOtherErrors([]);
    const built = props.build(values);
    if (!built.ok) {
      const errors: Partial<Record<Field, string>> = {};
      for (const field of props.fields) {
        const problem = built.problems[field.name];
        if (problem) errors[field.name] = t(`planAuthoring.errors.${problem}`);
      }
      setFieldErrors(errors);
      setAttempts((count) => count + 1);
      return;
    }
    setFieldErrors({});
    setSending(true);
    try {
      await props.send(built.input);
      setDone(props.savedMessage);
      if (props.resetAfterSave) setValues(props.initial);
      props.onSaved?.();
    } catch (error) {
      const byField = errorText.inputErrors(error);
      if (!byField) {
        setFailure(error);
      } else {
        const errors: Partial<Record<Field, string>> = {};
        const other = [...byField.other];
        for (const [field, message] of Object.entries(byField.fields)) {
          if (!message) continue;
          if (isField(field)) errors[field] = message;
          else other.push(message);
        }
        setFieldErrors(errors);
        setOtherErrors(other);
        setAttempts((count) => count + 1);
      }
    } finally {
      setSending(false);
    }
  };

  const summaryItems: FormErrorItem[] = [
    ...props.fields.flatMap((field) => {
      const message = fieldErrors[field.name];
      return message ? [{ fieldId: fieldId(field.name), message: `${field.label}: ${message}` }] : [];
    }),
    ...otherErrors.map((message) => ({ message })),
  ];
  const refusals = errorText.refusals(failure, ['CONFLICT', 'FORBIDDEN', 'NOT_FOUND']);

  return (
    <>
      <FormErrorSummary key={attempts} heading={t('planAuthoring.errors.summary')} items={summaryItems} />
      {refusals.length > 0 && (
        <Alert data-color="danger" role="alert">
          <Heading level={6} data-size="xs">
            {props.failedHeading}
          </Heading>
          {refusals.map((message) => (
            <Paragraph key={message}>{message}</Paragraph>
          ))}
        </Alert>
      )}
      {failure !== undefined && refusals.length === 0 && <QueryError error={failure} />}
      <StatusMessage message={done} />
      <form className="form-stack" noValidate onSubmit={(event) => void submit(event)}>
        {props.fields.map((field) => (
          <FieldInput
            key={field.name}
            id={fieldId(field.name)}
            field={field}
            value={values[field.name]}
            error={fieldErrors[field.name]}
            onChange={(value) => change(field.name, value)}
          />
        ))}
        <Button type="submit" loading={sending}>
          {props.submitLabel}
        </Button>
      </form>
    </>
  );
}

interface FieldInputProps<Field extends string> {
  id: string;
  field: FieldSpec<Field>;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

function FieldInput<Field extends string>({ id, field, value, error, onChange }: FieldInputProps<Field>) {
  switch (field.kind) {
    case 'select':
      return (
        <SelectField id={id} label={field.label} description={field.description} value={value} error={error} onChange={onChange}>
          <Select.Option value="">{field.emptyOption ?? ''}</Select.Option>
          {(field.options ?? []).map((option) => (
            <Select.Option key={option.value} value={option.value}>
              {option.label}
            </Select.Option>
          ))}
        </SelectField>
      );
    case 'checkboxes': {
      const chosen = choices(value);
      return (
        <Fieldset id={id}>
          <Fieldset.Legend>{field.label}</Fieldset.Legend>
          {field.description && <Fieldset.Description>{field.description}</Fieldset.Description>}
          {(field.options ?? []).map((option) => (
            <Checkbox
              key={option.value}
              label={option.label}
              value={option.value}
              checked={chosen.includes(option.value)}
              onChange={(event) =>
                onChange((event.target.checked ? [...chosen, option.value] : chosen.filter((choice) => choice !== option.value)).join(','))
              }
            />
          ))}
          {error && <ValidationMessage>{error}</ValidationMessage>}
        </Fieldset>
      );
    }
    case 'textarea':
      return (
        <Textfield
          id={id}
          label={field.label}
          description={field.description}
          value={value}
          error={error}
          multiline
          rows={3}
          onChange={(event) => onChange(event.target.value)}
        />
      );
    default:
      return (
        <Textfield
          id={id}
          label={field.label}
          description={field.description}
          value={value}
          error={error}
          autoComplete="off"
          {...(field.kind === 'date' ? { type: 'date' } : {})}
          {...(field.kind === 'number' ? { inputMode: 'decimal' as const } : {})}
          {...(field.kind === 'year' ? { inputMode: 'numeric' as const, maxLength: 4 } : {})}
          onChange={(event) => onChange(event.target.value)}
        />
      );
  }
}
