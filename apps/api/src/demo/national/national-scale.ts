import type { Caller } from '../../modules/auth/caller.js';
import type { RoleGrant } from '../../modules/auth/permissions.js';
import { SYSTEM_CALLER } from '../../modules/auth/caller.js';
import type { Services } from '../../services.js';
import type { RegionNames } from './synthetic-names.js';

/** How much the national data set holds; tests seed a small one. */
export interface NationalScale {
  communities: number;
  /** On average: the communities differ by up to a quarter either way. */
  municipalitiesPerCommunity: number;
  /** Years of population figures per municipality, up to this year's. */
  populationYears: number;
  /** Two-year terms of the SSU, the last of them the current one. */
  terms: number;
  measuresPerPlan: number;
  /** Full years of quarterly status updates before this one (whose ended quarters come on top), each with a frozen report. */
  statusYears: number;
}

/** Norway: 19 health communities, 357 municipalities. */
export const NATIONAL_SCALE: NationalScale = {
  communities: 19,
  municipalitiesPerCommunity: 19,
  populationYears: 10,
  terms: 4,
  measuresPerPlan: 40,
  statusYears: 3,
};

/** What every step of one community's seeding works with. */
export interface CommunitySeeding {
  services: Services;
  /** The system, acting as the community's secretariat (and as the platform, which registers communities). */
  caller: Caller;
  communityId: string;
  /** The community's place in the set: every invented detail varies by it. */
  index: number;
  names: RegionNames;
  scale: NationalScale;
  today: string;
  /** The services on a clock standing on `date`, for what they stamp with today (a report frozen in the past). */
  servicesOn: (date: string) => Services;
}

/** The system (so the audit log says who did it) holding one role. */
function systemAs(grant: RoleGrant): Caller {
  if (SYSTEM_CALLER.kind !== 'user') throw new Error('the system caller is a user');
  return { ...SYSTEM_CALLER, grants: [grant] };
}

/** The system as the platform: registers the communities. */
export const PLATFORM_CALLER = systemAs({ role: 'PLATFORM_ADMIN', communityId: null, regionalCouncilId: null, partnerId: null });

/** The system as a community's secretariat: the role that records every decision of the cooperation agreement. */
export function secretariatCaller(communityId: string): Caller {
  return systemAs({ role: 'SECRETARIAT', communityId, regionalCouncilId: null, partnerId: null });
}
