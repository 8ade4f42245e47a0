import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import { AppLink } from '../../shared/app-link';
import { useErrorText } from '../../shared/error-messages';
import { FormErrorSummary } from '../../shared/form-error-summary';
import { QueryError } from '../../shared/query-state';
import { StatusMessage } from '../../shared/status-message';
import { useDocumentTitle } from '../../shared/use-document-title';
import { checkResetEmail } from './password-link';

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/**
 * "Forgot your password?": sends a link to the address. The page says the same whether or not the
 * address has an account; only the e-mail tells, to the owner of the address.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('forgotPassword.title'));
  const errorText = useErrorText();
  const emailId = `${useId()}-email`;
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<string>();
  const [attempts, setAttempts] = useState(0);
  const [failure, setFailure] = useState<unknown>();
  const [sent, setSent] = useState<string>();
  const [requestReset, { loading }] = useMutation(RequestPasswordResetMutation);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setSent(undefined);
    setFailure(undefined);
    const found = checkResetEmail(email);
    setProblem(found && t(`forgotPassword.errors.${found}`));
    if (found) {
      setAttempts((count) => count + 1);
      return;
    }
    const address = email.trim();
    try {
      await requestReset({ variables: { email: address } });
    } catch (error) {
      const atField = errorText.inputErrors(error)?.fields.email;
      if (atField) {
        setProblem(atField);
        setAttempts((count) => count + 1);
      } else {
        setFailure(error);
      }
      return;
    }
    setSent(t('forgotPassword.sent', { email: address }));
  };

  // Too many requests from here: how long to wait, in the user's language.
  const refusals = errorText.refusals(failure, ['FORBIDDEN']);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('forgotPassword.title')}
      </Heading>
      <Paragraph variant="long">{t('forgotPassword.intro')}</Paragraph>
      <FormErrorSummary
        key={attempts}
        heading={t('forgotPassword.errors.summary')}
        items={problem ? [{ fieldId: emailId, message: problem }] : []}
      />
      {refusals.length > 0 && (
        <Alert data-color="danger" role="alert">
          <Heading level={2} data-size="xs">
            {t('forgotPassword.failed')}
          </Heading>
          {refusals.map((message) => (
            <Paragraph key={message}>{message}</Paragraph>
          ))}
        </Alert>
      )}
      {failure !== undefined && refusals.length === 0 && <QueryError error={failure} />}
      <StatusMessage message={sent} />
      <form className="form-stack page-section" noValidate onSubmit={(event) => void submit(event)}>
        <Textfield
          id={emailId}
          label={t('forgotPassword.email')}
          type="email"
          name="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          error={problem}
          onChange={(event) => setEmail(event.target.value)}
        />
        <Button type="submit" loading={loading}>
          {t('forgotPassword.submit')}
        </Button>
      </form>
      <Paragraph>
        <AppLink to="/sign-in">{t('forgotPassword.backToSignIn')}</AppLink>
      </Paragraph>
    </>
  );
}
