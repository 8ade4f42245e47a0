import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit } from 'graphql';

/** PostgreSQL text cannot hold NUL; refuse it at the door, in variables and in literals alike. */
export function nulByteGuard<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document }) {
          let found = containsNul(request.variables);
          visit(document, {
            StringValue(node) {
              if (node.value.includes('\u0000')) found = true;
            },
          });
          if (found) {
            throw new GraphQLError('Text must not contain the NUL character (\\u0000).', {
              extensions: { code: 'BAD_USER_INPUT', reason: 'FORBIDDEN_CHARACTER', params: {}, http: { status: 400 } },
            });
          }
          return Promise.resolve();
        },
      });
    },
  };
}

function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === 'object') return Object.entries(value).some(([key, item]) => key.includes('\u0000') || containsNul(item));
  return false;
}
