import pg from 'pg';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';

// A DATE is a calendar day, not an instant: keep PostgreSQL's ISO text (YYYY-MM-DD) instead of a Date
// at local midnight, for raw reads (database/rows.ts) and TypeORM's `date` columns alike.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

/** Receives every SQL statement the data source runs (the statement counter of the tests uses it). */
export type QueryListener = (sql: string) => void;

/**
 * With `statementTimeoutMs`, PostgreSQL cancels any statement of this connection that runs longer
 * (the application's pool; migrations run without it).
 */
export function createDataSource(url: string, onQuery?: QueryListener, statementTimeoutMs?: number): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logger: onQuery ? new ListeningLogger(onQuery) : undefined,
    logging: onQuery ? ['query'] : false,
    extra: { max: 10, connectionTimeoutMillis: 5_000, ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}) },
  });
}

class ListeningLogger implements TypeOrmLogger {
  constructor(private readonly onQuery: QueryListener) {}
  logQuery(query: string): void {
    this.onQuery(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/**
 * The reports' connection (DATABASE_READ_URL): a replica or a role that may only SELECT. Every
 * transaction on it is read-only (`default_transaction_read_only`), so a write sent here by mistake
 * fails at once instead of landing on a replica or hiding behind the role's grants. No migrations: the
 * primary's run them.
 */
export function createReadDataSource(url: string, onQuery?: QueryListener, statementTimeoutMs?: number): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    synchronize: false,
    logger: onQuery ? new ListeningLogger(onQuery) : undefined,
    logging: onQuery ? ['query'] : false,
    extra: {
      max: 10,
      connectionTimeoutMillis: 5_000,
      options: '-c default_transaction_read_only=on',
      ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}),
    },
  });
}
