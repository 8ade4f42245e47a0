import { OperationTypeNode, type GraphQLSchema } from 'graphql';
import { getMetadataStorage, type AuthCheckerFn } from 'type-graphql';
import { AppError, signInRequired } from '../../common/errors.js';
import type { Context } from '../../context.js';
import { grantsPermission, type Permission } from './permissions.js';
import { apiTokenReadOnly } from './policy.js';

/**
 * What an operation's `@Authorized(...)` names: the public, any signed-in user, or a permission the
 * caller must hold in some community (the service then checks the record's community).
 */
export type Access = 'PUBLIC' | 'SIGNED_IN' | Permission;

export const authChecker: AuthCheckerFn<Context, Access> = ({ context, info }, required) => {
  const { caller } = context;
  // A script's API token reads only: every mutation is refused, whoever else may run it (ADR 0026).
  if (caller.kind === 'user' && caller.apiTokenId !== undefined && info.operation.operation === OperationTypeNode.MUTATION)
    throw apiTokenReadOnly();
  for (const access of required) {
    if (access === 'PUBLIC') continue;
    if (caller.kind === 'public') throw signInRequired();
    if (access !== 'SIGNED_IN' && !grantsPermission(caller.grants, access)) {
      throw new AppError('FORBIDDEN', 'NOT_PERMITTED', { permission: access }, 'Your roles do not allow this.');
    }
  }
  return true;
};

/**
 * Closed by default: every query and mutation must say who may run it with `@Authorized(...)`,
 * else the server refuses to start. A new resolver cannot be forgotten open.
 */
export function assertEveryOperationDeclaresAccess(schema: GraphQLSchema): void {
  const declared = new Set(getMetadataStorage().authorizedFields.map((field) => field.fieldName));
  const undeclared = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
    type
      ? Object.keys(type.getFields())
          .filter((name) => !declared.has(name))
          .map((name) => `${type.name}.${name}`)
      : [],
  );
  if (undeclared.length > 0) {
    throw new Error(`Every operation must declare who may run it with @Authorized(...); missing on ${undeclared.join(', ')}.`);
  }
}
