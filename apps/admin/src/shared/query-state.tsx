import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { useErrorText } from './error-messages';
import { errorCodes } from './graphql-errors';
import { SignInLink } from './sign-in-link';

export function Loading() {
  const { t } = useTranslation();
  return (
    <div role="status" className="loading">
      <Spinner aria-hidden="true" data-size="md" />
      <span>{t('common.loading')}</span>
    </div>
  );
}

/** Whether a failed operation never reached the API's answer (a network or gateway failure). */
export function isNetworkFailure(error: unknown): boolean {
  return ServerError.is(error) || ServerParseError.is(error) || error instanceof TypeError;
}

/** Codes for which asking again gives the same answer; a retry button would only mislead. */
const permanentErrorCodes = new Set(['NOT_FOUND', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN']);

export function isRetryable(error: unknown): boolean {
  if (!CombinedGraphQLErrors.is(error)) return true;
  return error.errors.some((graphQLError) => {
    const code = graphQLError.extensions?.code;
    return typeof code !== 'string' || !permanentErrorCodes.has(code);
  });
}

interface QueryErrorProps {
  error: unknown;
  onRetry?: () => void;
}

export function QueryError({ error, onRetry }: QueryErrorProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const codes = errorCodes(error);
  // Not signed in (or the session ended), or signed in without the role: say so in the UI's language.
  if (codes.includes('UNAUTHENTICATED')) {
    return (
      <Alert data-color="info" role="alert">
        <SessionEnded />
        <Heading level={2} data-size="xs">
          {t('access.signInHeading')}
        </Heading>
        <Paragraph>{t('access.signInBody')}</Paragraph>
        <Paragraph>
          <SignInLink />
        </Paragraph>
      </Alert>
    );
  }
  if (codes.includes('FORBIDDEN')) {
    return (
      <Alert data-color="warning" role="alert">
        <Heading level={2} data-size="xs">
          {t('access.deniedHeading')}
        </Heading>
        <Paragraph>{t('access.deniedBody')}</Paragraph>
      </Alert>
    );
  }
  const network = isNetworkFailure(error);
  // The API's refusals in the user's language; anything else is the general "unknown error".
  const messages = errorText.refusals(error);
  return (
    <Alert data-color="danger" role="alert">
      <Heading level={2} data-size="xs">
        {t('common.errorHeading')}
      </Heading>
      {network && <Paragraph>{t('common.networkError')}</Paragraph>}
      {!network && messages.length === 0 && <Paragraph>{t('common.unknownError')}</Paragraph>}
      {messages.length === 1 && <Paragraph>{messages[0]}</Paragraph>}
      {messages.length > 1 && (
        <ul>
          {messages.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      )}
      {onRetry && isRetryable(error) && (
        <Button variant="secondary" data-size="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}

/**
 * The API says nobody is signed in, so a session the header still shows has ended (expired or
 * signed out elsewhere): ask who is signed in again, so the header and the sign-in page agree.
 */
function SessionEnded() {
  const client = useApolloClient();
  useEffect(() => {
    void client.refetchQueries({ include: ['Session'] });
  }, [client]);
  return null;
}
