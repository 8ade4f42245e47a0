/** The `?error=` values the API's identity provider sign-in comes back with. */
const providerErrors = {
  'no-account': 'noAccount',
  failed: 'failed',
  expired: 'expired',
  'provider-unavailable': 'providerUnavailable',
} as const;

export type ProviderErrorMessage = (typeof providerErrors)[keyof typeof providerErrors];

/** Which message to show for `?error=`; unknown values get the general one, none gets none. */
export function providerErrorMessage(value: string | null): ProviderErrorMessage | undefined {
  if (value === null) return undefined;
  return Object.entries(providerErrors).find(([key]) => key === value)?.[1] ?? 'failed';
}
