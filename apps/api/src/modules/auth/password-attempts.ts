import type { PasswordAttemptRepository } from './password-attempt.repository.js';
import {
  ACCOUNT_LOCK_AFTER,
  ADDRESS_LOCK_AFTER,
  currentWindow,
  decideLimit,
  decideThrottle,
  THROTTLE_WINDOW_MS,
  type ThrottleDecision,
} from './throttle.js';

/** A password check that may go ahead: wait `delayMs` first, and report a right password. */
export interface AllowedAttempt {
  kind: 'allow';
  delayMs: number;
  /** The password was right: the attempt is given back, so only failures count. */
  succeeded(): Promise<void>;
}

export type AttemptDecision = AllowedAttempt | { kind: 'refuse'; retryAfterSeconds: number };

// E-mail addresses have at most 254 characters; a longer "address" is cut, not stored whole.
const accountKey = (email: string) => `account:${email.slice(0, 320)}`;
const addressKey = (ip: string) => `address:${ip.slice(0, 100)}`;

/**
 * Counts password checks per account and per address BEFORE they happen, each under a row lock: a
 * thousand guesses sent at once get the same number of checks as a thousand sent one by one.
 */
export class PasswordAttempts {
  constructor(
    private readonly repository: PasswordAttemptRepository,
    private readonly baseDelayMs: number,
  ) {}

  async reserve(email: string, ip: string): Promise<AttemptDecision> {
    const keys = { account: accountKey(email), address: addressKey(ip) };
    const { counted, windows, now } = await this.repository.count(
      [
        { key: keys.account, limit: ACCOUNT_LOCK_AFTER },
        { key: keys.address, limit: ADDRESS_LOCK_AFTER },
      ],
      THROTTLE_WINDOW_MS,
    );
    const prior = { account: currentWindow(windows.get(keys.account), now), address: currentWindow(windows.get(keys.address), now) };
    // The database counted under the same limits, so the two agree; its answer is the one that holds.
    const decision = decideThrottle(prior, now, this.baseDelayMs);
    if (!counted) return { kind: 'refuse', retryAfterSeconds: decision.kind === 'refuse' ? decision.retryAfterSeconds : 1 };
    return {
      kind: 'allow',
      delayMs: decision.kind === 'allow' ? decision.delayMs : 0,
      succeeded: async () => {
        await this.repository.refund([keys.account, keys.address]);
        await this.repository.deleteEnded(THROTTLE_WINDOW_MS);
      },
    };
  }

  /** Counts one request under a plain limit per window (e.g. password links asked for by one address). */
  async count(key: string, limit: number): Promise<ThrottleDecision> {
    const { counted, windows, now } = await this.repository.count([{ key, limit }], THROTTLE_WINDOW_MS);
    if (counted) return { kind: 'allow', delayMs: 0 };
    const decision = decideLimit(currentWindow(windows.get(key), now), limit, now);
    return decision.kind === 'refuse' ? decision : { kind: 'refuse', retryAfterSeconds: 1 };
  }
}
