import type { EntityManager } from 'typeorm';
import type { AttemptWindow } from './throttle.js';

export interface AttemptUpdate {
  key: string;
  window: AttemptWindow;
}

/** Bytewise, as PostgreSQL's "C" collation orders: every transaction locks keys in this one order. */
function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

export class PasswordAttemptRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Locks the counts of `keys` (creating missing ones) in one short transaction, lets `decide` look at
   * them with the database's clock, and writes back what it returns. Parallel attempts on one key wait
   * for each other here, for a moment and never during a password check, so each sees the one before.
   */
  async update<T>(
    keys: readonly string[],
    decide: (windows: ReadonlyMap<string, AttemptWindow>, now: Date) => { result: T; write: AttemptUpdate[] },
  ): Promise<T> {
    const sorted = [...new Set(keys)].sort(compareBytes);
    return this.manager.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO password_attempt (key, attempts, window_started_at)
         SELECT key, 0, now() FROM unnest($1::text[]) WITH ORDINALITY AS given(key, position) ORDER BY position
         ON CONFLICT (key) DO NOTHING`,
        [sorted],
      );
      const rows = await manager.query<{ key: string; attempts: number; window_started_at: Date; now: Date }[]>(
        `SELECT key, attempts, window_started_at, now() AS now FROM password_attempt
         WHERE key = ANY($1::text[]) ORDER BY key COLLATE "C" FOR UPDATE`,
        [sorted],
      );
      const now = rows[0]?.now ?? new Date();
      const windows = new Map(rows.map((row) => [row.key, { attempts: row.attempts, startedAt: row.window_started_at }]));
      const { result, write } = decide(windows, now);
      for (const { key, window } of write.sort((a, b) => compareBytes(a.key, b.key))) {
        await manager.query(`UPDATE password_attempt SET attempts = $2, window_started_at = $3 WHERE key = $1`, [
          key,
          window.attempts,
          window.startedAt,
        ]);
      }
      return result;
    });
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
