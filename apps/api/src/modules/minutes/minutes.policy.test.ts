import { describe, expect, it } from 'vitest';
import { PUBLIC_CALLER, type Caller } from '../auth/caller.js';
import type { Role } from '../auth/permissions.js';
import { mayObjectToMinutes, mayReadMinutes } from './minutes.policy.js';

const community = 'c0000000-0000-4000-8000-000000000001';
const user = (role: Role, email = 'mona@kommune.example', apiTokenId?: string): Caller => ({
  kind: 'user',
  userId: 'u1',
  email,
  name: 'Mona',
  grants: [{ role, communityId: community, regionalCouncilId: null, partnerId: null }],
  ...(apiTokenId ? { apiTokenId } : {}),
});

describe('who may object to minutes', () => {
  const participants = ['Mona@Kommune.example', 'kari@kommune.example'];

  it('lets a participant object, recognised by e-mail whatever its case, and the secretariat for anyone', () => {
    expect(mayObjectToMinutes(user('SSU_MEMBER'), community, participants)).toBe(true);
    expect(mayObjectToMinutes(user('SECRETARIAT', 'sekretariat@example'), community, participants)).toBe(true);
  });

  it('refuses a member who did not take part, another community, and a read-only API token', () => {
    expect(mayObjectToMinutes(user('SSU_MEMBER', 'per@kommune.example'), community, participants)).toBe(false);
    expect(mayObjectToMinutes(user('SSU_MEMBER'), 'c0000000-0000-4000-8000-000000000002', participants)).toBe(false);
    expect(mayObjectToMinutes(user('SSU_MEMBER', 'mona@kommune.example', 'token-1'), community, participants)).toBe(false);
  });
});

describe('who may read minutes', () => {
  it('shows the public only the published minutes of an open meeting', () => {
    expect(mayReadMinutes(PUBLIC_CALLER, { communityId: community, isOpen: true }, true)).toBe(true);
    expect(mayReadMinutes(PUBLIC_CALLER, { communityId: community, isOpen: true }, false)).toBe(false);
    expect(mayReadMinutes(PUBLIC_CALLER, { communityId: community, isOpen: false }, true)).toBe(false);
    expect(mayReadMinutes(user('ANALYST'), { communityId: community, isOpen: false }, false)).toBe(true);
  });
});
