import { IsEmail, IsIn, IsString, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { messages, NotBlank } from '../../common/validation.js';
import type { Role as RoleValue } from './permissions.js';
import { Role } from './user.type.js';

@InputType({
  description:
    'Give a person a role. A new e-mail gets an account without a password and an invitation, sent to the address, to set one; an existing account keeps its credentials.',
})
export class GrantRoleInput {
  @Field(() => String, { description: 'E-mail of the person; identifies the account.' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254, { message: messages.maxLength(254) })
  email: string;

  @Field(() => String, { description: 'Full name, used when the account is new.' })
  @IsString()
  @NotBlank()
  @MaxLength(200, { message: messages.maxLength(200) })
  name: string;

  @Field(() => Role, { description: 'The role to give.' })
  @IsIn(Object.values(Role))
  role: RoleValue;

  @Field(() => ID, { nullable: true, description: 'The community; leave out for national roles.' })
  communityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'For REGIONAL_COUNCIL: the council the user acts for.' })
  regionalCouncilId?: string | null;

  @Field(() => ID, { nullable: true, description: 'For MUNICIPALITY: the municipality (partner) the user acts for.' })
  partnerId?: string | null;
}
