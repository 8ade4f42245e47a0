import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { PasswordLinkPurpose as PurposeValue } from './password-link.entity.js';

export const PasswordLinkPurpose = {
  INVITATION: 'INVITATION',
  PASSWORD_RESET: 'PASSWORD_RESET',
} as const satisfies Record<PurposeValue, PurposeValue>;

registerEnumType(PasswordLinkPurpose, {
  name: 'PasswordLinkPurpose',
  description: 'Why a link to set a password was sent.',
  valuesConfig: {
    INVITATION: { description: 'A new account: the person was given a role and sets their first password.' },
    PASSWORD_RESET: { description: 'The person asked to set a new password ("forgot password").' },
  },
});

@ObjectType({ description: 'A link, sent by e-mail, by which a person sets their own password; usable once, until it expires.' })
export class PasswordLink {
  @Field(() => PasswordLinkPurpose, { description: 'Why it was sent.' })
  purpose: PurposeValue;

  @Field(() => String, { description: "The account's e-mail, which the person signs in with afterwards." })
  email: string;

  @Field(() => String, { description: "The account holder's name." })
  name: string;
}
