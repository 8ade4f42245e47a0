import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { graphql } from '../../gql';
import { AppLink } from '../../shared/app-link';
import { useErrorText } from '../../shared/error-messages';
import { type FormErrorItem, FormErrorSummary } from '../../shared/form-error-summary';
import { QueryError } from '../../shared/query-state';

const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      id
    }
  }
`);

type Problem = 'emailRequired' | 'passwordRequired';

/** E-mail and password; on success the store is reset (nothing of the public view lingers) and the user returns. */
interface SignInFormProps {
  returnTo: string;
  /** Called once the API has accepted the credentials, before the store is reset. */
  onSignedIn: () => void;
}

export function SignInForm({ returnTo, onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const id = useId();
  const emailId = `${id}-email`;
  const passwordId = `${id}-password`;
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signIn, { loading }] = useMutation(SignInMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<{ email?: Problem; password?: Problem }>({});
  const [failure, setFailure] = useState<unknown>();
  const [attempts, setAttempts] = useState(0);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    const found = {
      email: email.trim() === '' ? ('emailRequired' as const) : undefined,
      password: password === '' ? ('passwordRequired' as const) : undefined,
    };
    setProblems(found);
    setFailure(undefined);
    setAttempts((count) => count + 1);
    if (found.email || found.password) return;
    try {
      await signIn({ variables: { email: email.trim(), password } });
    } catch (error) {
      setFailure(error);
      return;
    }
    onSignedIn();
    try {
      await client.resetStore();
    } catch {
      // A query that fails now shows its own error on the page we go to.
    }
    await navigate(returnTo, { replace: true });
  };

  const summaryItems: FormErrorItem[] = [];
  if (problems.email) summaryItems.push({ fieldId: emailId, message: t(`signIn.errors.${problems.email}`) });
  if (problems.password) summaryItems.push({ fieldId: passwordId, message: t(`signIn.errors.${problems.password}`) });
  const wrongCredentials = errorText.refusals(failure, ['UNAUTHENTICATED']);

  return (
    <>
      <FormErrorSummary key={attempts} heading={t('signIn.errors.summary')} items={summaryItems} />
      {wrongCredentials.length > 0 && (
        // Wrong e-mail or password, or how long to wait after too many attempts, in the user's language.
        <Alert data-color="danger" role="alert">
          <Heading level={2} data-size="xs">
            {t('signIn.failed')}
          </Heading>
          {wrongCredentials.map((message) => (
            <Paragraph key={message}>{message}</Paragraph>
          ))}
        </Alert>
      )}
      {failure !== undefined && wrongCredentials.length === 0 && <QueryError error={failure} />}
      <form className="form-stack" noValidate onSubmit={(event) => void submit(event)}>
        <Textfield
          id={emailId}
          label={t('signIn.email')}
          type="email"
          name="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          error={problems.email && t(`signIn.errors.${problems.email}`)}
          onChange={(event) => setEmail(event.target.value)}
        />
        <Textfield
          id={passwordId}
          label={t('signIn.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          error={problems.password && t(`signIn.errors.${problems.password}`)}
          onChange={(event) => setPassword(event.target.value)}
        />
        <Button type="submit" loading={loading}>
          {t('signIn.submit')}
        </Button>
      </form>
      <Paragraph>
        <AppLink to="/forgot-password">{t('signIn.forgotPassword')}</AppLink>
      </Paragraph>
    </>
  );
}
