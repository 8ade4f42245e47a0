import type { EntityManager } from 'typeorm';
import type { AttemptWindow } from './throttle.js';

export interface AttemptCount {
  /** Whether this attempt was counted: every key was below its limit. */
  counted: boolean;
  /** Each key's window as it stood before this attempt. */
  windows: ReadonlyMap<string, AttemptWindow>;
  /** The database's clock when it counted. */
  now: Date;
}

interface CountedRow {
  key: string;
  prior_attempts: number;
  window_started_at: Date;
  counted: boolean;
  checked_at: Date;
}

/** Bytewise, as PostgreSQL's "C" collation orders: every call locks its keys in this one order. */
function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

export class PasswordAttemptRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Counts one attempt on every key, or on none when a key has reached its limit, in one statement
   * under row locks (the database function count_password_attempt): parallel attempts on a key take
   * turns there, for microseconds, and each sees the one before.
   */
  async count(limits: readonly { key: string; limit: number }[], windowMs: number): Promise<AttemptCount> {
    const sorted = [...limits].sort((a, b) => compareBytes(a.key, b.key));
    const rows = await this.manager.query<CountedRow[]>(`SELECT * FROM count_password_attempt($1::text[], $2::integer[], $3)`, [
      sorted.map(({ key }) => key),
      sorted.map(({ limit }) => limit),
      windowMs / 1000,
    ]);
    return {
      counted: rows.length > 0 && rows.every((row) => row.counted),
      windows: new Map(rows.map((row) => [row.key, { attempts: row.prior_attempts, startedAt: row.window_started_at }])),
      now: rows[0]?.checked_at ?? new Date(),
    };
  }

  /** Gives back an attempt that turned out right: only failures count against a key. */
  async refund(keys: readonly string[]): Promise<void> {
    // One statement per key, so no statement ever holds two of these locks.
    for (const key of [...new Set(keys)].sort(compareBytes)) {
      await this.manager.query(`UPDATE password_attempt SET attempts = attempts - 1 WHERE key = $1 AND attempts > 0`, [key]);
    }
  }

  /** Forgets windows that ended long enough ago; rows being counted right now are skipped, never waited for. */
  async deleteEnded(windowMs: number): Promise<void> {
    await this.manager.query(
      `DELETE FROM password_attempt WHERE key IN (
         SELECT key FROM password_attempt WHERE window_started_at < now() - make_interval(secs => $1::double precision / 1000)
         LIMIT 1000 FOR UPDATE SKIP LOCKED)`,
      [windowMs],
    );
  }
}
