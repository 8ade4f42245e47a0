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

/** The messages of the GraphQL errors with the given code. */
export function messagesWithCode(error: unknown, code: string): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.filter((graphQLError) => graphQLError.extensions?.code === code).map((graphQLError) => graphQLError.message);
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

const fieldMessage = /^([A-Za-z_][\w.[\]]*): (.+)$/s;

/**
 * The field errors of a BAD_USER_INPUT answer. The API names the field in `extensions.field` for
 * the rules it checks itself; input validation reports every problem in one message
 * ("email: must be an e-mail address; name: must not be empty"), so that is split as a fallback.
 */
export function inputErrors(error: unknown): InputErrors | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const badInput = error.errors.filter((graphQLError) => graphQLError.extensions?.code === 'BAD_USER_INPUT');
  if (badInput.length === 0) return undefined;
  const result: InputErrors = { fields: {}, other: [] };
  const add = (field: string, message: string) => {
    // The first message about a field is the one shown at it.
    result.fields[fieldName(field)] ??= message;
  };
  for (const graphQLError of badInput) {
    // Input validation lists every problem in `extensions.fields` (and names only the first in `field`).
    const listed = problemList(graphQLError.extensions?.fields);
    if (listed.length > 0) {
      for (const problem of listed) add(problem.field, problem.message);
      continue;
    }
    const field = graphQLError.extensions?.field;
    if (typeof field === 'string') {
      const prefix = `${field}: `;
      add(field, graphQLError.message.startsWith(prefix) ? graphQLError.message.slice(prefix.length) : graphQLError.message);
      continue;
    }
    for (const part of graphQLError.message.split('; ')) {
      const match = fieldMessage.exec(part);
      if (match?.[1] && match[2]) add(match[1], match[2]);
      else result.other.push(part);
    }
  }
  return result;
}

/** The `{ field, message }` entries of `extensions.fields`, checked rather than cast. */
function problemList(value: unknown): { field: string; message: string }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) =>
    typeof item === 'object' &&
    item !== null &&
    'field' in item &&
    'message' in item &&
    typeof item.field === 'string' &&
    typeof item.message === 'string'
      ? [{ field: item.field, message: item.message }]
      : [],
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
