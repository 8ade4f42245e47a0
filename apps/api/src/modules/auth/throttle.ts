/**
 * Slowing down and then refusing password guesses, per account and per address. The counts live in
 * PostgreSQL (one row per key, see password-attempts.ts): every API instance sees the same numbers,
 * and each attempt is counted under a row lock before its password is checked.
 */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
const FREE_FAILURES = 3;
export const ACCOUNT_LOCK_AFTER = 10;
export const ADDRESS_LOCK_AFTER = 50;
const MAX_DELAY_MS = 8_000;

/** Attempts counted in a window that started at `startedAt` and lasts THROTTLE_WINDOW_MS. */
export interface AttemptWindow {
  attempts: number;
  startedAt: Date;
}

export type ThrottleDecision = { kind: 'allow'; delayMs: number } | { kind: 'refuse'; retryAfterSeconds: number };

/** The window as it stands at `now`: one that has run out starts over, empty. */
export function currentWindow(window: AttemptWindow | undefined, now: Date): AttemptWindow {
  if (!window || window.startedAt.getTime() + THROTTLE_WINDOW_MS <= now.getTime()) return { attempts: 0, startedAt: now };
  return window;
}

/** Whole seconds until the window ends, at least one. */
export function secondsLeft(window: AttemptWindow, now: Date): number {
  return Math.max(1, Math.ceil((window.startedAt.getTime() + THROTTLE_WINDOW_MS - now.getTime()) / 1000));
}

/**
 * From the attempts already counted (not this one): the first few failures cost nothing; then every
 * answer waits twice as long; past a limit, refuse until the window that reached it ends.
 */
export function decideThrottle(
  prior: { account: AttemptWindow; address: AttemptWindow },
  now: Date,
  baseDelayMs: number,
): ThrottleDecision {
  const reached = [
    prior.account.attempts >= ACCOUNT_LOCK_AFTER ? prior.account : null,
    prior.address.attempts >= ADDRESS_LOCK_AFTER ? prior.address : null,
  ].filter((window) => window !== null);
  if (reached.length > 0) return { kind: 'refuse', retryAfterSeconds: Math.max(...reached.map((window) => secondsLeft(window, now))) };
  const excess = Math.max(prior.account.attempts, Math.floor(prior.address.attempts / 5)) - FREE_FAILURES;
  if (excess <= 0) return { kind: 'allow', delayMs: 0 };
  return { kind: 'allow', delayMs: Math.min(baseDelayMs * 2 ** (excess - 1), MAX_DELAY_MS) };
}

/** A plain limit per window (requests for password links): refuse once `limit` attempts were counted. */
export function decideLimit(prior: AttemptWindow, limit: number, now: Date): ThrottleDecision {
  return prior.attempts >= limit ? { kind: 'refuse', retryAfterSeconds: secondsLeft(prior, now) } : { kind: 'allow', delayMs: 0 };
}
