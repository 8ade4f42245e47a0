import type { EntityManager } from 'typeorm';

/**
 * Runs one read statement and answers pg's plain rows, without entity hydration: the read path's
 * only way to SQL (ADR 0014). The statement names its columns as the row type does
 * (`starts_on AS "startsOn"`) and selects only what the read needs; DATE columns arrive as ISO text
 * (`data-source.ts`), so nothing is parsed that the answer does not show.
 */
export function selectRows<Row>(manager: EntityManager, sql: string, params: readonly unknown[] = []): Promise<Row[]> {
  return manager.query<Row[]>(sql, [...params]);
}
