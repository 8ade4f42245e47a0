import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { Role as RoleValue } from './permissions.js';

export const Role = {
  SECRETARIAT: 'SECRETARIAT',
  SSU_MEMBER: 'SSU_MEMBER',
  REGIONAL_COUNCIL: 'REGIONAL_COUNCIL',
  MUNICIPALITY: 'MUNICIPALITY',
  ANALYST: 'ANALYST',
  NATIONAL_ANALYST: 'NATIONAL_ANALYST',
  PLATFORM_ADMIN: 'PLATFORM_ADMIN',
} as const satisfies Record<RoleValue, RoleValue>;

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do, in one community or (national roles) in all.',
  valuesConfig: {
    SECRETARIAT: { description: 'Administers the community: register, users and roles, audit log.' },
    SSU_MEMBER: { description: 'Reads internal papers; writes status updates for measures they own.' },
    REGIONAL_COUNCIL: { description: "Acts for one regional council: appoints to that council's seats." },
    MUNICIPALITY: {
      description: "Acts for one municipality: records its local follow-up of binding decisions; reads the community's internal papers.",
    },
    ANALYST: { description: 'Reads everything but personal contact data; writes nothing.' },
    NATIONAL_ANALYST: { description: 'Reads reports of every community.' },
    PLATFORM_ADMIN: { description: 'Registers communities and their first users.' },
  },
});

@ObjectType({ description: 'A role held by a user.' })
export class RoleGrant {
  @Field(() => ID, { description: 'The grant, for revoking it.' })
  id: string;

  @Field(() => Role, { description: 'The role.' })
  role: RoleValue;

  @Field(() => ID, { nullable: true, description: 'The community; null for national roles.' })
  communityId: string | null;

  @Field(() => ID, { nullable: true, description: 'The regional council a REGIONAL_COUNCIL user acts for.' })
  regionalCouncilId: string | null;

  @Field(() => ID, { nullable: true, description: 'The municipality (partner) a MUNICIPALITY user acts for.' })
  partnerId: string | null;
}

@ObjectType({ description: 'The signed-in user.' })
export class Me {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => String, { description: 'E-mail, used to sign in.' })
  email: string;

  @Field(() => String, { description: 'Full name.' })
  name: string;

  @Field(() => [RoleGrant], { description: 'Every role the user holds.' })
  roles: RoleGrant[];

  @Field(() => Boolean, { description: 'Whether the user can sign in with a password (and so change it).' })
  hasPassword: boolean;
}

@ObjectType({ description: 'A user with roles in a community, as the secretariat sees them.' })
export class User {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => String, { description: 'Full name.' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'E-mail. Not public: personal data, shown to the secretariat and the user only (null to others).',
  })
  email: string | null;

  @Field(() => [RoleGrant], { description: "The user's roles in the community asked about." })
  roles: RoleGrant[];

  @Field(() => Boolean, { description: 'Whether the user can sign in with a password.' })
  hasPassword: boolean;

  @Field(() => Boolean, { description: "Whether the user is linked to the organisation's identity provider." })
  usesIdentityProvider: boolean;
}

@ObjectType({ description: 'A way to sign in besides e-mail and password.' })
export class IdentityProvider {
  @Field(() => String, { description: 'Name to show, e.g. "Entra ID".' })
  name: string;

  @Field(() => String, { description: 'Where the browser goes to start signing in.' })
  signInUrl: string;
}
