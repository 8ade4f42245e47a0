/**
 * Who may do what, as data: roles grant permissions, in one community or (for the national roles)
 * in every community. Pure functions, so the rules are testable without a database.
 */
export type Role = 'SECRETARIAT' | 'SSU_MEMBER' | 'REGIONAL_COUNCIL' | 'MUNICIPALITY' | 'ANALYST' | 'NATIONAL_ANALYST' | 'PLATFORM_ADMIN';

export const ROLES: readonly Role[] = [
  'SECRETARIAT',
  'SSU_MEMBER',
  'REGIONAL_COUNCIL',
  'MUNICIPALITY',
  'ANALYST',
  'NATIONAL_ANALYST',
  'PLATFORM_ADMIN',
];

/** Roles that hold in every community, granted without one. */
export const NATIONAL_ROLES: readonly Role[] = ['NATIONAL_ANALYST', 'PLATFORM_ADMIN'];

export type Permission =
  /** Change the community's register: partners, councils, organs, budgets. */
  | 'community:administer'
  /** Read papers that are internal to the community (not exempt ones). */
  | 'community:read-internal'
  /** Read reports and analyses. */
  | 'reports:read'
  /** See people's e-mail and phone. */
  | 'personal-data:read'
  /** Grant and revoke roles, create users. */
  | 'users:manage'
  /** Read the audit log. */
  | 'audit:read'
  /** Register a new community. */
  | 'communities:create'
  /** Record appointments to seats (a regional council: only to its own seats). */
  | 'seats:appoint'
  /** Read the content of cases and attachments exempt from public access (the organ's secretariat and members). */
  | 'cases:read-exempt'
  /** Post status updates and write the status report's commentary (an SSU member: for measures they report on). */
  | 'status:write'
  /** Record a partner's local follow-up of a binding decision (a municipality user: only its own municipality's). */
  | 'follow-up:record';

/**
 * What a read-only caller (a script with an API token) keeps of its roles: permissions to read, never to change.
 * Not `audit:read`: the log's before and after values hold exempt content, which a token never reads (ADR 0026).
 */
export const READ_PERMISSIONS: ReadonlySet<Permission> = new Set<Permission>([
  'community:read-internal',
  'reports:read',
  'personal-data:read',
]);

const GRANTS: Record<Role, readonly Permission[]> = {
  SECRETARIAT: [
    'community:administer',
    'community:read-internal',
    'reports:read',
    'personal-data:read',
    'users:manage',
    'audit:read',
    'seats:appoint',
    'status:write',
    'cases:read-exempt',
    'follow-up:record',
  ],
  SSU_MEMBER: ['community:read-internal', 'reports:read', 'status:write', 'cases:read-exempt'],
  REGIONAL_COUNCIL: ['community:read-internal', 'seats:appoint'],
  MUNICIPALITY: ['community:read-internal', 'follow-up:record'],
  ANALYST: ['community:read-internal', 'reports:read'],
  NATIONAL_ANALYST: ['reports:read'],
  PLATFORM_ADMIN: ['communities:create', 'users:manage'],
};

export interface RoleGrant {
  role: Role;
  /** Null for a national role. */
  communityId: string | null;
  regionalCouncilId: string | null;
  /** The municipality a MUNICIPALITY user acts for; null for every other role. */
  partnerId: string | null;
}

export function permissionsOf(role: Role): readonly Permission[] {
  return GRANTS[role];
}

/** Whether any of the grants gives `permission` in `communityId` (or anywhere, when it is omitted). */
export function grantsPermission(grants: readonly RoleGrant[], permission: Permission, communityId?: string | null): boolean {
  return grants.some(
    (grant) =>
      GRANTS[grant.role].includes(permission) &&
      (communityId === undefined || grant.communityId === null || grant.communityId === communityId),
  );
}

/** A regional council user acts for their own council only. */
export function actsForRegionalCouncil(grants: readonly RoleGrant[], regionalCouncilId: string): boolean {
  return grants.some((grant) => grant.role === 'REGIONAL_COUNCIL' && grant.regionalCouncilId === regionalCouncilId);
}

/** A municipality user acts for their own municipality only. */
export function actsForPartner(grants: readonly RoleGrant[], partnerId: string): boolean {
  return grants.some((grant) => grant.role === 'MUNICIPALITY' && grant.partnerId === partnerId);
}
