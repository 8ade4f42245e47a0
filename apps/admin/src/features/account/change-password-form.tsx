import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import { type FormErrorItem, FormErrorSummary } from '../../shared/form-error-summary';
import { useErrorText } from '../../shared/error-messages';
import { QueryError } from '../../shared/query-state';
import { StatusMessage } from '../../shared/status-message';
import { NewPasswordFields } from './new-password-fields';
import { checkPasswordChange, minPasswordLength, type PasswordChangeValues } from './password-change';

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

const empty: PasswordChangeValues = { current: '', next: '', repeat: '' };
type Field = keyof PasswordChangeValues;
const fields: readonly Field[] = ['current', 'next', 'repeat'];
/** The API's argument names, for its field errors. */
const apiFields: Record<string, Field> = { currentPassword: 'current', newPassword: 'next' };

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const id = useId();
  const headingId = `${id}-heading`;
  const fieldId = (field: Field) => `${id}-${field}`;
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<unknown>();
  const [attempts, setAttempts] = useState(0);
  const [done, setDone] = useState<string>();
  const [changePassword, { loading }] = useMutation(ChangePasswordMutation);

  const labels: Record<Field, string> = {
    current: t('account.password.current'),
    next: t('account.password.new'),
    repeat: t('account.password.repeat'),
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setDone(undefined);
    setFailure(undefined);
    const problems = checkPasswordChange(values);
    const found: Partial<Record<Field, string>> = {};
    for (const field of fields) {
      const problem = problems[field];
      if (problem) found[field] = t(`account.password.errors.${problem}`, { count: minPasswordLength });
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempts((count) => count + 1);
      return;
    }
    try {
      await changePassword({ variables: { currentPassword: values.current, newPassword: values.next } });
    } catch (error) {
      // Wrong current password, or too many of them: shown at the field, in the user's language.
      const byField = errorText.inputErrors(error);
      const mapped: Partial<Record<Field, string>> = {};
      for (const [name, message] of Object.entries(byField?.fields ?? {})) {
        const field = apiFields[name];
        if (field && message) mapped[field] = message;
      }
      if (Object.keys(mapped).length > 0) {
        setErrors(mapped);
        setAttempts((count) => count + 1);
      } else {
        setFailure(error);
      }
      return;
    }
    setValues(empty);
    setDone(t('account.password.changed'));
  };

  const summaryItems: FormErrorItem[] = fields.flatMap((field) => {
    const message = errors[field];
    return message ? [{ fieldId: fieldId(field), message: `${labels[field]}: ${message}` }] : [];
  });

  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('account.password.heading')}
      </Heading>
      <FormErrorSummary key={attempts} heading={t('account.password.errors.summary')} items={summaryItems} />
      {failure !== undefined && <QueryError error={failure} />}
      <StatusMessage message={done} />
      <form className="form-stack" noValidate onSubmit={(event) => void submit(event)}>
        <Textfield
          id={fieldId('current')}
          label={labels.current}
          type="password"
          autoComplete="current-password"
          value={values.current}
          error={errors.current}
          onChange={(event) => setValues({ ...values, current: event.target.value })}
        />
        <NewPasswordFields
          ids={{ next: fieldId('next'), repeat: fieldId('repeat') }}
          labels={labels}
          description={t('account.password.newDescription', { count: minPasswordLength })}
          values={values}
          errors={errors}
          onChange={(changed) => setValues({ ...values, ...changed })}
        />
        <Button type="submit" loading={loading}>
          {t('account.password.submit')}
        </Button>
      </form>
    </section>
  );
}
