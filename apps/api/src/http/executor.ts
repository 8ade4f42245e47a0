import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { getVariableValues, GraphQLError, type GraphQLSchema, type Source, type SourceLocation } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/**
 * Compiled operations kept at once. A document is at most 5 000 tokens (parseOptions), and the admin UI
 * sends a few dozen distinct operations; the bound keeps clients that send endless variants from
 * growing the server's memory.
 */
const COMPILED_OPERATIONS = 200;

/**
 * Runs operations with graphql-jit instead of graphql-js's interpreter, through the executor hook
 * Apollo Server documents for gateways (it has no other since v4). Apollo keeps doing everything
 * before execution (parsing, validation with our rules, the cost limit, every plugin's hooks) and
 * after it (formatting errors, status codes); this only replaces `execute`: each document's operation
 * is compiled once into a function that calls the same resolvers, and kept in a bounded LRU cache.
 * What a client sees must not change (a test runs the same operations through both): variables are
 * coerced by graphql-js, so a wrong one is refused with graphql-js's words (and Apollo's 400) and
 * defaults are filled in as graphql-js does, and
 * graphql-jit's errors are rebuilt as graphql-js's, which is what Apollo and `format-error.ts` read.
 */
export function jitExecutor(schema: GraphQLSchema, capacity = COMPILED_OPERATIONS): Gateway {
  const compiled = new LRUCache<string, CompiledQuery>({ max: capacity });
  const executor: Executor = async ({ document, operation, operationName, queryHash, request, context }) => {
    const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
    if (variables.errors) return { errors: variables.errors };
    const key = `${queryHash}\u0000${operationName ?? ''}`;
    let query = compiled.get(key);
    if (!query) {
      // Stack traces are taken from the resolvers' own errors; the compiled code need not capture more.
      const result = compileQuery(schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
      if (!isCompiledQuery(result)) return result;
      query = result;
      compiled.set(key, query);
    }
    // graphql-jit coerces again what it is given; given graphql-js's values it finds the input fields'
    // defaults filled in (by itself it refuses a missing `Boolean! = false`), and our scalars, enums and
    // graphql-scalars' parse their own output to itself.
    const result = await query.query(undefined, context, variables.coerced);
    const source = document.loc?.source;
    return result.errors && source ? { ...result, errors: result.errors.map((error) => asGraphqlJsError(error, source)) } : result;
  };
  return {
    // Apollo takes the schema from this callback (for validation and its plugins), before load() returns.
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: () => Promise.resolve({ executor }),
    stop: () => Promise.resolve(),
  };
}

/**
 * graphql-jit's errors have `extensions` only when the thrown error had some, and locations without the
 * document; graphql-js's always have `extensions` (Apollo reads their `code`) and locate themselves in
 * the source. The same message, path, original error and extensions, as graphql-js would have made it.
 */
function asGraphqlJsError(error: GraphQLError, source: Source): GraphQLError {
  return new GraphQLError(error.message, {
    source,
    positions: error.locations?.map((location) => positionOf(source, location)),
    path: error.path,
    originalError: error.originalError ?? undefined,
    // Undefined where the thrown error had none (graphql-jit's type says otherwise): graphql-js then gives `{}`.
    extensions: error.extensions,
  });
}

/** The offset of a line and column in a document: the inverse of graphql-js's getLocation. */
function positionOf(source: Source, { line, column }: SourceLocation): number {
  const lineBreak = /\r\n|[\n\r]/g;
  let lineStart = 0;
  for (let current = 1; current < line; current += 1) {
    const match = lineBreak.exec(source.body);
    if (!match) break;
    lineStart = match.index + match[0].length;
  }
  return lineStart + column - 1;
}
