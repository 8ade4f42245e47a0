import type { RoleGrant } from './permissions.js';

/** Who is asking: the public (no session) or a signed-in user with their role grants. */
export type Caller =
  | { kind: 'public' }
  | {
      kind: 'user';
      userId: string;
      email: string;
      name: string;
      grants: readonly RoleGrant[];
      /** Set when the request came with a personal API token: the caller then only reads (ADR 0026). */
      apiTokenId?: string;
    };

export const PUBLIC_CALLER: Caller = { kind: 'public' };

/** The caller for work the system does itself (demo data, migrations): recorded in the audit log as such. */
export const SYSTEM_CALLER: Caller = {
  kind: 'user',
  userId: '00000000-0000-0000-0000-000000000000',
  email: 'system',
  name: 'System',
  grants: [],
};
