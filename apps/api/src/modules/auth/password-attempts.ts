import type { PasswordAttemptRepository } from './password-attempt.repository.js';
import { currentWindow, decideLimit, decideThrottle, THROTTLE_WINDOW_MS, type ThrottleDecision } from './throttle.js';

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
    const decision = await this.repository.update([keys.account, keys.address], (windows, now) => {
      const account = currentWindow(windows.get(keys.account), now);
      const address = currentWindow(windows.get(keys.address), now);
      const result = decideThrottle({ account, address }, now, this.baseDelayMs);
      const write =
        result.kind === 'allow'
          ? [
              { key: keys.account, window: { ...account, attempts: account.attempts + 1 } },
              { key: keys.address, window: { ...address, attempts: address.attempts + 1 } },
            ]
          : [];
      return { result, write };
    });
    if (decision.kind === 'refuse') return decision;
    return {
      kind: 'allow',
      delayMs: decision.delayMs,
      succeeded: async () => {
        await this.repository.refund([keys.account, keys.address]);
        await this.repository.deleteEnded(THROTTLE_WINDOW_MS);
      },
    };
  }

  /** Counts one request under a plain limit per window (e.g. password links asked for by one address). */
  async count(key: string, limit: number): Promise<ThrottleDecision> {
    return this.repository.update([key], (windows, now) => {
      const window = currentWindow(windows.get(key), now);
      const result = decideLimit(window, limit, now);
      return { result, write: result.kind === 'allow' ? [{ key, window: { ...window, attempts: window.attempts + 1 } }] : [] };
    });
  }
}
