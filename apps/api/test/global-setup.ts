import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDataSource } from '../src/database/data-source.js';
import { readCredentials } from '../src/database/embedded-credentials.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../src/database/embedded-postgres.js';
import { SUPERUSER } from '../src/database/embedded-roles.js';
import { createLogger } from '../src/logging/logger.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';
import { migrate } from '../src/runtime.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The application's role: reads and writes rows, owns nothing. */
    databaseUrl: string;
    /** The test run's SMTP server (test/smtp-sink.ts) and the folder its messages land in. */
    smtpPort: number;
    mailDirectory: string;
    /** The owner of the schema, as migrations connect. */
    migrationDatabaseUrl: string;
    /** A role that may create databases (the embedded server's superuser), for scratch databases. */
    serverAdminDatabaseUrl: string;
  }
}

let embedded: EmbeddedDatabase | undefined;
let dataDir: string | undefined;
let smtp: SmtpSink | undefined;
let mailDirectory: string | undefined;

/**
 * A real PostgreSQL for the whole run, migrated once as the owner: DATABASE_URL (and
 * MIGRATION_DATABASE_URL for the owner) when set, else a throwaway embedded one with both roles.
 */
export async function setup(project: TestProject): Promise<void> {
  let url = process.env.DATABASE_URL;
  let migrationUrl = process.env.MIGRATION_DATABASE_URL ?? url;
  let adminUrl = migrationUrl;
  if (!url || !migrationUrl) {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'helsefellesskap-test-'));
    await fs.chmod(dataDir, 0o755);
    const postgresDir = path.join(dataDir, 'postgres');
    embedded = await startEmbeddedDatabase(postgresDir, createLogger('warn'));
    url = embedded.url;
    migrationUrl = embedded.migrationUrl;
    // As an operator would: the superuser's password from the data folder.
    const credentials = await readCredentials(postgresDir);
    const server = new URL(url);
    adminUrl = `postgres://${SUPERUSER}:${encodeURIComponent(credentials?.superuser ?? '')}@${server.host}/postgres`;
  }
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    await migrate({ dataSource, migrationUrl }, createLogger('warn'));
  } finally {
    await dataSource.destroy();
  }
  project.provide('databaseUrl', url);
  mailDirectory = await fs.mkdtemp(path.join(os.tmpdir(), 'helsefellesskap-mail-'));
  smtp = await startSmtpSink(mailDirectory);
  project.provide('smtpPort', smtp.port);
  project.provide('mailDirectory', mailDirectory);
  project.provide('migrationDatabaseUrl', migrationUrl);
  project.provide('serverAdminDatabaseUrl', adminUrl ?? migrationUrl);
}

export async function teardown(): Promise<void> {
  await smtp?.close();
  if (mailDirectory) await fs.rm(mailDirectory, { recursive: true, force: true });
  await embedded?.stop();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
}
