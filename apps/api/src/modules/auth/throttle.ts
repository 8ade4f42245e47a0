/**
 * Slowing down repeated failed sign-ins, per account and per address, from the failures recorded in
 * the last window (kept in PostgreSQL, so every API instance sees the same count).
 */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
const FREE_FAILURES = 3;
const ACCOUNT_LOCK_AFTER = 10;
const ADDRESS_LOCK_AFTER = 50;
const MAX_DELAY_MS = 8_000;

export interface RecentFailures {
  forAccount: number;
  forAddress: number;
}

export type ThrottleDecision = { kind: 'allow'; delayMs: number } | { kind: 'refuse'; retryAfterSeconds: number };

/** The first few failures cost nothing; then every answer waits twice as long; past a limit, refuse. */
export function decideThrottle(failures: RecentFailures, baseDelayMs: number): ThrottleDecision {
  if (failures.forAccount >= ACCOUNT_LOCK_AFTER || failures.forAddress >= ADDRESS_LOCK_AFTER) {
    return { kind: 'refuse', retryAfterSeconds: THROTTLE_WINDOW_MS / 1000 };
  }
  const excess = Math.max(failures.forAccount, Math.floor(failures.forAddress / 5)) - FREE_FAILURES;
  if (excess <= 0) return { kind: 'allow', delayMs: 0 };
  return { kind: 'allow', delayMs: Math.min(baseDelayMs * 2 ** (excess - 1), MAX_DELAY_MS) };
}
