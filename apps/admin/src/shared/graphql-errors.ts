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
