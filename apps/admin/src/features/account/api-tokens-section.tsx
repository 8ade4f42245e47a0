import { Alert, Button, Heading, Paragraph, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import { ConfirmActionDialog } from '../../shared/confirm-action-dialog';
import { useErrorText } from '../../shared/error-messages';
import { Loading, QueryError } from '../../shared/query-state';
import { SelectField } from '../../shared/select-field';
import { StatusMessage } from '../../shared/status-message';
import { useFormatters } from '../../shared/use-formatters';
import { API_TOKEN_LIFETIMES, apiTokenState } from './api-token-state';

const MyApiTokensQuery = graphql(`
  query MyApiTokens {
    myApiTokens {
      id
      name
      tokenPrefix
      createdAt
      expiresAt
      lastUsedAt
      revokedAt
    }
  }
`);

const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
      }
    }
  }
`);

const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);

/** Personal, read-only API tokens for scripts: create (the secret is shown once), see when each was last used, revoke. */
export function ApiTokensSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const query = useQuery(MyApiTokensQuery, { fetchPolicy: 'cache-and-network' });
  const [created, setCreated] = useState<{ name: string; token: string }>();
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('account.apiTokens.heading')}
      </Heading>
      <Paragraph>{t('account.apiTokens.intro')}</Paragraph>
      <CreateApiTokenForm
        onCreated={(name, token) => {
          setCreated({ name, token });
          void query.refetch();
        }}
      />
      {created && <NewTokenSecret name={created.name} token={created.token} onDismiss={() => setCreated(undefined)} />}
      {query.data ? (
        <ApiTokenList tokens={query.data.myApiTokens} onRevoked={() => void query.refetch()} />
      ) : query.error ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Loading />
      )}
    </section>
  );
}

function CreateApiTokenForm({ onCreated }: { onCreated: (name: string, token: string) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const id = useId();
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const [nameError, setNameError] = useState<string>();
  const [failure, setFailure] = useState<unknown>();
  const [create, { loading }] = useMutation(CreateApiTokenMutation);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setFailure(undefined);
    const trimmed = name.trim();
    if (trimmed === '') {
      setNameError(t('account.apiTokens.nameRequired'));
      document.getElementById(`${id}-name`)?.focus();
      return;
    }
    setNameError(undefined);
    try {
      const result = await create({ variables: { input: { name: trimmed, days: Number(days) } } });
      const token = result.data?.createApiToken.token;
      if (token) onCreated(trimmed, token);
      setName('');
    } catch (error) {
      setFailure(error);
    }
  };

  const refusal = errorText.refusals(failure, ['CONFLICT', 'FORBIDDEN', 'BAD_USER_INPUT']);
  return (
    <form className="form-stack" noValidate onSubmit={(event) => void submit(event)} aria-label={t('account.apiTokens.createHeading')}>
      <Textfield
        id={`${id}-name`}
        label={t('account.apiTokens.name')}
        description={t('account.apiTokens.nameDescription')}
        value={name}
        maxLength={100}
        error={nameError}
        onChange={(event) => setName(event.target.value)}
      />
      <SelectField id={`${id}-days`} label={t('account.apiTokens.lifetime')} value={days} onChange={setDays}>
        {API_TOKEN_LIFETIMES.map((lifetime) => (
          <Select.Option key={lifetime} value={String(lifetime)}>
            {t('account.apiTokens.days', { count: lifetime })}
          </Select.Option>
        ))}
      </SelectField>
      {refusal.length > 0 ? (
        <Alert data-color="danger">
          {refusal.map((text) => (
            <Paragraph key={text}>{text}</Paragraph>
          ))}
        </Alert>
      ) : (
        failure !== undefined && <QueryError error={failure} />
      )}
      <Button type="submit" loading={loading}>
        {t('account.apiTokens.create')}
      </Button>
    </form>
  );
}

function NewTokenSecret({ name, token, onDismiss }: { name: string; token: string; onDismiss: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(token);
    setCopied(true);
  };
  return (
    <div className="token-secret" role="status" aria-live="polite">
      <Heading level={3} data-size="xs">
        {t('account.apiTokens.createdHeading', { name })}
      </Heading>
      <Paragraph>{t('account.apiTokens.copyNow')}</Paragraph>
      <Textfield
        id={`${id}-secret`}
        label={t('account.apiTokens.secret')}
        value={token}
        readOnly
        onFocus={(event) => event.target.select()}
      />
      <div className="button-row">
        <Button type="button" variant="secondary" onClick={() => void copy()}>
          {copied ? t('account.apiTokens.copied') : t('account.apiTokens.copy')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onDismiss}>
          {t('account.apiTokens.dismiss')}
        </Button>
      </div>
    </div>
  );
}

interface TokenRow {
  id: string;
  name: string;
  tokenPrefix: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt?: string | null;
  revokedAt?: string | null;
}

function ApiTokenList({ tokens, onRevoked }: { tokens: readonly TokenRow[]; onRevoked: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [revoking, setRevoking] = useState<TokenRow>();
  const [revoke] = useMutation(RevokeApiTokenMutation);
  const [done, setDone] = useState<string>();
  if (tokens.length === 0) return <Paragraph>{t('account.apiTokens.none')}</Paragraph>;
  const now = new Date();
  return (
    <>
      <StatusMessage message={done} />
      <ul className="token-list">
        {tokens.map((token) => {
          const state = apiTokenState(token, now);
          return (
            <li key={token.id} className="token-card">
              <Heading level={3} data-size="xs">
                {token.name} <Tag data-color={state === 'active' ? 'success' : 'neutral'}>{t(`account.apiTokens.state.${state}`)}</Tag>
              </Heading>
              <dl className="facts">
                <dt>{t('account.apiTokens.starts')}</dt>
                <dd>
                  <code>{token.tokenPrefix}…</code>
                </dd>
                <dt>{t('account.apiTokens.createdAt')}</dt>
                <dd>{format.dateTime(token.createdAt)}</dd>
                <dt>{state === 'revoked' ? t('account.apiTokens.revokedAt') : t('account.apiTokens.expiresAt')}</dt>
                <dd>{format.dateTime(state === 'revoked' && token.revokedAt ? token.revokedAt : token.expiresAt)}</dd>
                <dt>{t('account.apiTokens.lastUsedAt')}</dt>
                <dd>{token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('account.apiTokens.neverUsed')}</dd>
              </dl>
              {state === 'active' && (
                <Button type="button" variant="secondary" data-color="danger" onClick={() => setRevoking(token)}>
                  {t('account.apiTokens.revoke')} <span className="ds-sr-only">{token.name}</span>
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      <ConfirmActionDialog
        open={revoking !== undefined}
        heading={t('account.apiTokens.revokeHeading')}
        body={t('account.apiTokens.revokeBody', { name: revoking?.name ?? '' })}
        confirmLabel={t('account.apiTokens.revoke')}
        cancelLabel={t('account.apiTokens.cancel')}
        closeLabel={t('account.apiTokens.close')}
        failedHeading={t('account.apiTokens.revokeFailed')}
        action={() => (revoking ? revoke({ variables: { id: revoking.id } }) : Promise.resolve())}
        onClose={() => setRevoking(undefined)}
        onDone={() => {
          setDone(t('account.apiTokens.revoked', { name: revoking?.name ?? '' }));
          setRevoking(undefined);
          onRevoked();
        }}
      />
    </>
  );
}
