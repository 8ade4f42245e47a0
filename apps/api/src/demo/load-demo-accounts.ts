import type { Repositories } from '../database/repositories.js';
import { hashPassword } from '../modules/auth/password.js';
import type { Role } from '../modules/auth/permissions.js';
import { RoleAssignmentEntity, UserEntity } from '../modules/auth/user.entity.js';

export const DEMO_PASSWORD = 'demo';

interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  community?: string;
  regionalCouncil?: string;
  /** The municipality a MUNICIPALITY account acts for, by name. */
  partner?: string;
}

const HELGELAND = 'Helsefellesskap Helgeland';
const LOFOTEN = 'Helsefellesskapet Lofoten, Vesterålen, Salten';

/** One account for every role, for trying the product; never in production (the start refuses). */
export const demoAccounts: readonly DemoAccount[] = [
  { email: 'sekretariat@helgeland.demo', name: 'Siri Sekretariat (demo)', role: 'SECRETARIAT', community: HELGELAND },
  { email: 'ssu@helgeland.demo', name: 'Sverre SSU-medlem (demo)', role: 'SSU_MEMBER', community: HELGELAND },
  {
    email: 'helgelandsradet@helgeland.demo',
    name: 'Hanne Helgelandsrådet (demo)',
    role: 'REGIONAL_COUNCIL',
    community: HELGELAND,
    regionalCouncil: 'Helgelandsrådet',
  },
  {
    email: 'ihr@helgeland.demo',
    name: 'Ivar Indre Helgeland (demo)',
    role: 'REGIONAL_COUNCIL',
    community: HELGELAND,
    regionalCouncil: 'Indre Helgeland Regionråd',
  },
  { email: 'rodoy@helgeland.demo', name: 'Kitt Rødøy kommune (demo)', role: 'MUNICIPALITY', community: HELGELAND, partner: 'Rødøy' },
  { email: 'analytiker@helgeland.demo', name: 'Anne Analytiker (demo)', role: 'ANALYST', community: HELGELAND },
  { email: 'ssu@lovesa.demo', name: 'Silje SSU-medlem LoVeSa (demo)', role: 'SSU_MEMBER', community: LOFOTEN },
  { email: 'sekretariat@lovesa.demo', name: 'Lars Sekretariat LoVeSa (demo)', role: 'SECRETARIAT', community: LOFOTEN },
  { email: 'nasjonal@analyse.demo', name: 'Nora Nasjonal analytiker (demo)', role: 'NATIONAL_ANALYST' },
  { email: 'plattform@helsefellesskap.demo', name: 'Per Plattform (demo)', role: 'PLATFORM_ADMIN' },
];

/** Creates the demo accounts that are missing; accounts already there are left as they are. */
export async function loadDemoAccounts(repositories: Repositories): Promise<void> {
  let passwordHash: string | undefined;
  for (const account of demoAccounts) {
    if (await repositories.users.findByEmail(account.email)) continue;
    passwordHash ??= await hashPassword(DEMO_PASSWORD);
    const community = account.community ? await repositories.communities.findByName(account.community) : null;
    const council =
      community && account.regionalCouncil ? await repositories.regionalCouncils.findByName(community.id, account.regionalCouncil) : null;
    const partner =
      community && account.partner
        ? (await repositories.partners.findByCommunityIds([community.id])).find((candidate) => candidate.name === account.partner)
        : undefined;
    if ((account.community && !community) || (account.regionalCouncil && !council) || (account.partner && !partner)) {
      throw new Error(
        `Demo data is missing ${account.partner ?? account.regionalCouncil ?? account.community} for ${account.email}; load the demo data first.`,
      );
    }
    const user = await repositories.users.save(
      Object.assign(new UserEntity(), {
        email: account.email,
        name: account.name,
        passwordHash,
        oidcIssuer: null,
        oidcSubject: null,
        isDemo: true,
      }),
    );
    await repositories.users.saveRole(
      Object.assign(new RoleAssignmentEntity(), {
        userId: user.id,
        role: account.role,
        communityId: community?.id ?? null,
        regionalCouncilId: council?.id ?? null,
        partnerId: partner?.id ?? null,
      }),
    );
  }
}
