import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import type { Access } from './access.js';
import { toMe, userRowOf } from './user.mapper.js';
import { IdentityProvider, Me } from './user.type.js';

@Resolver()
export class AuthResolver {
  @Authorized<Access>('PUBLIC')
  @Query(() => Me, { nullable: true, description: 'The signed-in user with their roles; null for the public.' })
  async me(@Ctx() { caller, services }: Context): Promise<Me | null> {
    if (caller.kind === 'public') return null;
    const user = await services.repositories.users.readWithRoles(caller.userId);
    return user ? toMe(user) : null;
  }

  @Authorized<Access>('PUBLIC')
  @Query(() => [IdentityProvider], { description: "The organisation's identity providers one can sign in with, if any are set up." })
  identityProviders(@Ctx() { identityProviders }: Context): IdentityProvider[] {
    return identityProviders.map((provider) => Object.assign(new IdentityProvider(), provider));
  }

  @Authorized<Access>('PUBLIC')
  @Mutation(() => Me, {
    description:
      'Signs in with e-mail and password and sets the session cookie. Refused for a while after too many failed attempts for the account or from the address.',
  })
  async signIn(
    @Arg('email', () => String, { description: 'The e-mail address of the account.' }) email: string,
    @Arg('password', () => String, { description: 'The password.' }) password: string,
    @Ctx() context: Context,
  ): Promise<Me> {
    const session = await context.services.auth.signIn(email, password, context.client);
    context.sessionCookie.set(session.token, session.expiresAt);
    return toMe(userRowOf(session.user, await context.services.repositories.users.findRolesOfUsers([session.user.id])));
  }

  @Authorized<Access>('PUBLIC')
  @Mutation(() => Boolean, { description: 'Ends the session and clears the cookie; true also when there was none.' })
  async signOut(@Ctx() { services, sessionCookie }: Context): Promise<boolean> {
    await services.auth.signOut(sessionCookie.token);
    sessionCookie.clear();
    return true;
  }

  @Authorized<Access>('SIGNED_IN')
  @Mutation(() => Boolean, {
    description:
      'Changes your own password. The current one is counted like a sign-in (refused for a while after too many wrong ones); your other sessions end.',
  })
  async changePassword(
    @Arg('currentPassword', () => String, {
      description: 'The current password; checked, and counted against guessing, before the change.',
    })
    currentPassword: string,
    @Arg('newPassword', () => String, { description: 'The new password (at least the minimum length).' }) newPassword: string,
    @Ctx() { services, caller, client, sessionCookie }: Context,
  ): Promise<boolean> {
    await services.auth.changePassword(caller, currentPassword, newPassword, client, sessionCookie.token);
    return true;
  }
}
