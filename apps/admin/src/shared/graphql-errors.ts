import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The `extensions.code` of every GraphQL error in a failed operation (none for network failures). */
export function errorCodes(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((graphQLError) => {
    const code = graphQLError.extensions?.code;
    return typeof code === 'string' ? [code] : [];
  });
}

export function hasErrorCode(error: unknown, code: string): boolean {
  return errorCodes(error).includes(code);
}

/** The `extensions.reason` of every GraphQL error in a failed operation (none for network failures). */
export function errorReasons(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((graphQLError) => {
    const reason = graphQLError.extensions?.reason;
    return typeof reason === 'string' ? [reason] : [];
  });
}

export interface InputErrors {
  /** Message per input field, keyed by the field's name in the input (`email`, not `input.email`). */
  fields: Partial<Record<string, string>>;
  /** BAD_USER_INPUT messages that name no field. */
  other: string[];
}

/** "input.email" → "email", "municipalities[0].population" → "population". */
function fieldName(path: string): string {
  return (
    path
      .split('.')
      .at(-1)
      ?.replace(/\[\d+\]$/, '') ?? path
  );
}

/** Turns a reason and its params into the user's language; undefined for a reason it does not know. */
export type TranslateReason = (reason: unknown, params: unknown) => string | undefined;

/** The general reason of a transport code, for refusals that carry no reason of their own. */
const reasonOfCode: Partial<Record<string, string>> = {
  UNAUTHENTICATED: 'SIGN_IN_REQUIRED',
  FORBIDDEN: 'NOT_PERMITTED',
  CONFLICT: 'CONCURRENT_CHANGE',
  BAD_USER_INPUT: 'INVALID_VALUE',
  INTERNAL_SERVER_ERROR: 'INTERNAL',
};

function translateError(
  graphQLError: { message: string; extensions?: Record<string, unknown> },
  translate: TranslateReason,
  reason: unknown = graphQLError.extensions?.reason,
  params: unknown = graphQLError.extensions?.params,
): string {
  const code = graphQLError.extensions?.code;
  return (
    translate(reason, params) ??
    translate(typeof code === 'string' ? reasonOfCode[code] : undefined, {}) ??
    // Never the server's English sentence on a Norwegian screen.
    translate('INTERNAL', {}) ??
    ''
  );
}

/** The translated refusals of a failed operation; with `codes`, only those with one of the codes. */
export function refusalTexts(error: unknown, translate: TranslateReason, codes?: readonly string[]): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors
    .filter((graphQLError) => {
      const code = graphQLError.extensions?.code;
      return !codes || (typeof code === 'string' && codes.includes(code));
    })
    .map((graphQLError) => translateError(graphQLError, translate));
}

/**
 * The translated field errors of a BAD_USER_INPUT answer: input validation lists every broken rule in
 * `extensions.fields` (each with its reason); a rule the service checks names one `field`.
 */
export function translatedInputErrors(error: unknown, translate: TranslateReason): InputErrors | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const badInput = error.errors.filter((graphQLError) => graphQLError.extensions?.code === 'BAD_USER_INPUT');
  if (badInput.length === 0) return undefined;
  const result: InputErrors = { fields: {}, other: [] };
  for (const graphQLError of badInput) {
    const listed = reasonedProblems(graphQLError.extensions?.fields);
    if (listed.length > 0) {
      for (const problem of listed)
        result.fields[fieldName(problem.field)] ??= translateError(graphQLError, translate, problem.reason, problem.params);
      continue;
    }
    const field = graphQLError.extensions?.field;
    const text = translateError(graphQLError, translate);
    if (typeof field === 'string') result.fields[fieldName(field)] ??= text;
    else result.other.push(text);
  }
  return result;
}

function reasonedProblems(value: unknown): { field: string; reason: unknown; params: unknown }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) =>
    typeof item === 'object' && item !== null && 'field' in item && typeof item.field === 'string'
      ? [{ field: item.field, reason: 'reason' in item ? item.reason : undefined, params: 'params' in item ? item.params : undefined }]
      : [],
  );
}
