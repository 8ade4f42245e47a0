import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { Alert, Button, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return (
    <div role="status" className="loading">
      <Spinner aria-hidden="true" data-size="md" />
      <span>{t('common.loading')}</span>
    </div>
  );
}

/** The messages to show for a failed operation: the GraphQL errors, or one line for the rest. */
export function errorMessages(error: unknown): { messages: string[]; network: boolean } {
  if (CombinedGraphQLErrors.is(error)) {
    return { messages: error.errors.map((graphQLError) => graphQLError.message), network: false };
  }
  if (ServerError.is(error) || ServerParseError.is(error) || error instanceof TypeError) {
    return { messages: [], network: true };
  }
  return { messages: error instanceof Error ? [error.message] : [], network: false };
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
  const { messages, network } = errorMessages(error);
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
