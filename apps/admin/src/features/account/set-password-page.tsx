import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

import { graphql } from '../../gql';
import type { PasswordLinkPageQuery } from '../../gql/graphql';
import { AppLink } from '../../shared/app-link';
import { useErrorText } from '../../shared/error-messages';
import { type FormErrorItem, FormErrorSummary } from '../../shared/form-error-summary';
import { Loading, QueryError } from '../../shared/query-state';
import { useDocumentTitle } from '../../shared/use-document-title';
import { NewPasswordFields } from './new-password-fields';
import { minPasswordLength } from './password-change';
import { checkNewPassword, type NewPasswordValues, tokenFromHash } from './password-link';

const PasswordLinkPageQueryDocument = graphql(`
  query PasswordLinkPage($token: String!) {
    passwordLink(token: $token) {
      purpose
      email
      name
    }
  }
`);

const SetPasswordWithLinkMutation = graphql(`
  mutation SetPasswordWithLink($token: String!, $newPassword: String!) {
    setPasswordWithLink(token: $token, newPassword: $newPassword) {
      id
    }
  }
`);

/** Where an invitation or a reset link leads: the person chooses their own password and is signed in. */
export function SetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('setPassword.title'));
  const token = tokenFromHash(useLocation().hash);
  const { data, error, loading } = useQuery(PasswordLinkPageQueryDocument, {
    variables: { token: token ?? '' },
    skip: !token,
    fetchPolicy: 'network-only',
  });
  const [spent, setSpent] = useState(false);
  const link = data?.passwordLink;
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('setPassword.title')}
      </Heading>
      {token && loading && <Loading />}
      {error && <QueryError error={error} />}
      {(!token || spent || data?.passwordLink === null) && <InvalidLink />}
      {token && link && !spent && <SetPasswordForm token={token} link={link} onSpent={() => setSpent(true)} />}
    </>
  );
}

function InvalidLink() {
  const { t } = useTranslation();
  return (
    <Alert data-color="warning">
      <Heading level={2} data-size="xs">
        {t('setPassword.invalidHeading')}
      </Heading>
      <Paragraph>{t('setPassword.invalidBody')}</Paragraph>
      <Paragraph>
        <AppLink to="/forgot-password">{t('setPassword.askForNew')}</AppLink>
      </Paragraph>
    </Alert>
  );
}

type Field = keyof NewPasswordValues;
const fields: readonly Field[] = ['next', 'repeat'];

interface SetPasswordFormProps {
  token: string;
  link: NonNullable<PasswordLinkPageQuery['passwordLink']>;
  /** The API says the link can no longer be used (spent or expired meanwhile). */
  onSpent: () => void;
}

function SetPasswordForm({ token, link, onSpent }: SetPasswordFormProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const id = useId();
  const fieldId = (field: Field) => `${id}-${field}`;
  const client = useApolloClient();
  const navigate = useNavigate();
  const [values, setValues] = useState<NewPasswordValues>({ next: '', repeat: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [attempts, setAttempts] = useState(0);
  const [failure, setFailure] = useState<unknown>();
  const [setPassword, { loading }] = useMutation(SetPasswordWithLinkMutation);
  const labels: Record<Field, string> = { next: t('setPassword.new'), repeat: t('setPassword.repeat') };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setFailure(undefined);
    const problems = checkNewPassword(values);
    const found: Partial<Record<Field, string>> = {};
    for (const field of fields) {
      const problem = problems[field];
      if (problem) found[field] = t(`setPassword.errors.${problem}`, { count: minPasswordLength });
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempts((count) => count + 1);
      return;
    }
    try {
      await setPassword({ variables: { token, newPassword: values.next } });
    } catch (error) {
      const byField = errorText.inputErrors(error)?.fields;
      if (byField?.token) onSpent();
      else if (byField?.newPassword) {
        setErrors({ next: byField.newPassword });
        setAttempts((count) => count + 1);
      } else setFailure(error);
      return;
    }
    try {
      // Signed in now: nothing of the public view may linger.
      await client.resetStore();
    } catch {
      // A query that fails now shows its own error on the page we go to.
    }
    await navigate('/account', { replace: true, state: { passwordSet: link.purpose } });
  };

  const summaryItems: FormErrorItem[] = fields.flatMap((field) => {
    const message = errors[field];
    return message ? [{ fieldId: fieldId(field), message: `${labels[field]}: ${message}` }] : [];
  });

  return (
    <>
      <Paragraph variant="long">
        {link.purpose === 'INVITATION'
          ? t('setPassword.introInvitation', { name: link.name, email: link.email })
          : t('setPassword.introReset', { name: link.name, email: link.email })}
      </Paragraph>
      <FormErrorSummary key={attempts} heading={t('setPassword.errors.summary')} items={summaryItems} />
      {failure !== undefined && <QueryError error={failure} />}
      <form className="form-stack page-section" noValidate onSubmit={(event) => void submit(event)}>
        {/* For password managers: the account the new password belongs to. */}
        <input type="email" name="username" autoComplete="username" value={link.email} readOnly hidden />
        <NewPasswordFields
          ids={{ next: fieldId('next'), repeat: fieldId('repeat') }}
          labels={labels}
          description={t('setPassword.newDescription', { count: minPasswordLength })}
          values={values}
          errors={errors}
          onChange={(changed) => setValues({ ...values, ...changed })}
        />
        <Button type="submit" loading={loading}>
          {t('setPassword.submit')}
        </Button>
      </form>
    </>
  );
}
