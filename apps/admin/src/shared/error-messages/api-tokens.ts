import type { AreaMessages } from './types';

/** Personal API tokens. */
export const apiTokenMessages: AreaMessages<'apiTokens'> = {
  nb: {
    API_TOKEN_INVALID: () => 'API-nøkkelen er ukjent, trukket tilbake eller utløpt. Lag en ny på kontosiden.',
    API_TOKEN_READ_ONLY: () => 'En API-nøkkel kan bare lese. Logg inn for å gjøre endringer.',
    API_TOKEN_LIMIT: ({ limit }) => `Du kan ha høyst ${String(limit)} gyldige API-nøkler. Trekk tilbake en før du lager en ny.`,
  },
  en: {
    API_TOKEN_INVALID: () => 'The API token is unknown, revoked or expired. Create a new one on your account page.',
    API_TOKEN_READ_ONLY: () => 'An API token can only read. Sign in to make changes.',
    API_TOKEN_LIMIT: ({ limit }) => `You can hold at most ${String(limit)} valid API tokens. Revoke one before creating another.`,
  },
};
