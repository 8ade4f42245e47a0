import type { Repositories } from '../../database/repositories.js';
import { newSessionToken, SESSION_COOKIE } from '../../modules/auth/session-token.js';
import { RoleAssignmentEntity, UserEntity } from '../../modules/auth/user.entity.js';

/** The callers the pages are opened by: a secretariat session's cookie (also a national analyst's, for the reports), and a password link's token. */
export interface BenchCallers {
  /** `hf_session=…` of the community's secretariat. */
  secretariatCookie: string;
  passwordLinkToken: string;
  /** Ends the session (the account stays, without a password, for the next run). */
  end(): Promise<void>;
}

const SESSION_MS = 60 * 60 * 1000;

/**
 * A secretariat account of the communities, made once per database without a password (nobody can sign
 * in with it), and a session and an invitation link for this run, written as sign-in would write them.
 */
export async function createBenchCallers(repositories: Repositories, communityIds: readonly string[]): Promise<BenchCallers> {
  const email = 'bench-secretariat@bench.invalid';
  const user =
    (await repositories.users.findByEmail(email)) ??
    (await repositories.users.save(
      Object.assign(new UserEntity(), {
        email,
        name: 'Bench Secretariat',
        passwordHash: null,
        oidcIssuer: null,
        oidcSubject: null,
        isDemo: false,
      }),
    ));
  // The secretariat of each community; and a national analyst, so the reports are read across every community.
  const roles = [
    ...[...new Set(communityIds)].map((communityId) => ({
      userId: user.id,
      role: 'SECRETARIAT' as const,
      communityId,
      regionalCouncilId: null,
      partnerId: null,
    })),
    { userId: user.id, role: 'NATIONAL_ANALYST' as const, communityId: null, regionalCouncilId: null, partnerId: null },
  ];
  for (const role of roles) {
    if (!(await repositories.users.findSameRole(role))) await repositories.users.saveRole(Object.assign(new RoleAssignmentEntity(), role));
  }
  const session = newSessionToken();
  await repositories.sessions.create({
    tokenHash: session.tokenHash,
    userId: user.id,
    expiresAt: new Date(Date.now() + SESSION_MS),
    ip: null,
    userAgent: 'bench',
  });
  const link = newSessionToken();
  await repositories.passwordLinks.create({ userId: user.id, purpose: 'INVITATION', tokenHash: link.tokenHash, ttlMs: SESSION_MS });
  return {
    secretariatCookie: `${SESSION_COOKIE}=${session.token}`,
    passwordLinkToken: link.token,
    end: () => repositories.sessions.delete(session.tokenHash),
  };
}
