import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import type { Access } from './access.js';
import { PasswordLink } from './password-link.type.js';
import { toMe, userRowOf } from './user.mapper.js';
import { Me } from './user.type.js';

@Resolver()
export class PasswordLinkResolver {
  @Authorized<Access>('PUBLIC')
  @Query(() => PasswordLink, {
    nullable: true,
    description: 'Who a link to set a password is for; null when it is unknown, expired or used. The token is the secret in the link.',
  })
  async passwordLink(
    @Arg('token', () => String, { description: 'The token of the link (the part after # in its address).' }) token: string,
    @Ctx() { services }: Context,
  ): Promise<PasswordLink | null> {
    const details = await services.passwordLinks.describe(token);
    return details ? Object.assign(new PasswordLink(), details) : null;
  }

  @Authorized<Access>('PUBLIC')
  @Mutation(() => Boolean, {
    description:
      'Forgot password: sends a link to set a new one to the address. Answers true whether or not the address has an account; refused for a while after too many requests from one address.',
  })
  async requestPasswordReset(
    @Arg('email', () => String, { description: 'The e-mail address of the account.' }) email: string,
    @Ctx() { services, client }: Context,
  ): Promise<boolean> {
    await services.passwordLinks.requestReset(email, client);
    return true;
  }

  @Authorized<Access>('PUBLIC')
  @Mutation(() => Me, {
    description:
      "Sets the password through a link from an invitation or a reset, signs the person in and sets the session cookie. The link is then spent, and the person's other sessions end.",
  })
  async setPasswordWithLink(
    @Arg('token', () => String, { description: 'The token from the link.' }) token: string,
    @Arg('newPassword', () => String, { description: 'The password the person chose.' }) newPassword: string,
    @Ctx() context: Context,
  ): Promise<Me> {
    const session = await context.services.passwordLinks.setPassword(token, newPassword, context.client, context.sessionCookie.token);
    context.sessionCookie.set(session.token, session.expiresAt);
    return toMe(userRowOf(session.user, await context.services.repositories.users.findRolesOfUsers([session.user.id])));
  }
}
