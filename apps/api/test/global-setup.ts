import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDataSource } from '../src/database/data-source.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../src/database/embedded-postgres.js';
import { createLogger } from '../src/logging/logger.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    /** The test run's SMTP server (test/smtp-sink.ts) and the folder its messages land in. */
    smtpPort: number;
    mailDirectory: string;
  }
}

let embedded: EmbeddedDatabase | undefined;
let dataDir: string | undefined;
let smtp: SmtpSink | undefined;
let mailDirectory: string | undefined;

/** A real PostgreSQL for the whole run: DATABASE_URL when set, else a throwaway embedded one. Migrated once. */
export async function setup(project: TestProject): Promise<void> {
  let url = process.env.DATABASE_URL;
  if (!url) {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'helsefellesskap-test-'));
    await fs.chmod(dataDir, 0o755);
    embedded = await startEmbeddedDatabase(path.join(dataDir, 'postgres'), createLogger('warn'));
    url = embedded.url;
  }
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
  project.provide('databaseUrl', url);
  mailDirectory = await fs.mkdtemp(path.join(os.tmpdir(), 'helsefellesskap-mail-'));
  smtp = await startSmtpSink(mailDirectory);
  project.provide('smtpPort', smtp.port);
  project.provide('mailDirectory', mailDirectory);
}

export async function teardown(): Promise<void> {
  await smtp?.close();
  if (mailDirectory) await fs.rm(mailDirectory, { recursive: true, force: true });
  await embedded?.stop();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
}
