import type { GraphQLRequestContext } from '@apollo/server';
import { graphql, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationDeadline, withOperationDeadline } from './request-deadline.js';

/** A query type with one resolver that counts its calls, and one plain field. */
function schemaCounting(calls: { count: number }): GraphQLSchema {
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        read: {
          type: GraphQLString,
          resolve: () => {
            calls.count += 1;
            return 'read';
          },
        },
        plain: { type: GraphQLString },
      },
    }),
  });
}

/** Starts the operation's budget as Apollo would, for this context. */
async function startOperation(timeoutMs: number, contextValue: object): Promise<void> {
  const plugin = operationDeadline(timeoutMs);
  await plugin.requestDidStart?.({ contextValue } as GraphQLRequestContext<object>);
}

describe('the time budget of an operation', () => {
  it('lets resolvers run within the budget', async () => {
    const calls = { count: 0 };
    const schema = withOperationDeadline(schemaCounting(calls));
    const contextValue = {};
    await startOperation(60_000, contextValue);
    const result = await graphql({ schema, source: '{ read plain }', rootValue: { plain: 'plain' }, contextValue });
    expect(result).toEqual({ data: { read: 'read', plain: 'plain' } });
    expect(calls.count).toBe(1);
  });

  it('starts no resolver once the budget is spent, and says why', async () => {
    const calls = { count: 0 };
    const schema = withOperationDeadline(schemaCounting(calls));
    const contextValue = {};
    await startOperation(-1, contextValue);
    const result = await graphql({ schema, source: '{ read }', contextValue });
    expect(calls.count).toBe(0);
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'TIMEOUT', reason: 'REQUEST_TIMED_OUT', params: {} });
  });
});
