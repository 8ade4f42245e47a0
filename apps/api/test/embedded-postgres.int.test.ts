import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedPostgres } from '../src/database/embedded-postgres-library.js';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../src/common/free-port.js';
import { createDataSource } from '../src/database/data-source.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../src/database/embedded-postgres.js';
import { createLogger } from '../src/logging/logger.js';
import { migrate } from '../src/runtime.js';

/** The superuser password that the source code once fixed for every embedded database. */
const OLD_CONSTANT_PASSWORD = 'helsefellesskap-local';
const logger = createLogger('silent');

let folder: string;
beforeAll(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'helsefellesskap-embedded-'));
  await fs.chmod(folder, 0o755);
});
afterAll(() => fs.rm(folder, { recursive: true, force: true }));

async function signIn(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

async function superuserSignInError(port: number, password: string): Promise<string | undefined> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  try {
    await client.connect();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  } finally {
    await client.end().catch(() => undefined);
  }
}

describe('the embedded PostgreSQL', () => {
  it('gets a random superuser password at initialisation, kept in its data folder for its owner only, and listens on loopback', async () => {
    const dataDir = path.join(folder, 'fresh');
    let database: EmbeddedDatabase | undefined = await startEmbeddedDatabase(dataDir, logger);
    try {
      const port = Number(new URL(database.url).port);
      expect(await superuserSignInError(port, OLD_CONSTANT_PASSWORD)).toBe('28P01');
      const credentials = (await fs.readdir(dataDir)).filter((name) => name.includes('credentials'));
      expect(credentials).toHaveLength(1);
      const file = path.join(dataDir, credentials[0] ?? '');
      expect((await fs.stat(file)).mode & 0o777).toBe(0o600);

      const client = await signIn(database.url);
      const { rows } = await client.query<{ listen_addresses: string }>('SHOW listen_addresses');
      await client.end();
      expect(rows[0]?.listen_addresses).toBe('127.0.0.1');

      // The password outlives a restart: the same folder starts again with the kept credentials.
      await database.stop();
      database = undefined;
      database = await startEmbeddedDatabase(dataDir, logger);
      const again = await signIn(database.url);
      await again.end();
    } finally {
      await database?.stop();
    }
  });

  it('replaces the old constant superuser password of a data folder made before, and hands its tables to the owner role', async () => {
    const dataDir = path.join(folder, 'legacy');
    const port = await findFreePort();
    const legacy = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: 'postgres',
      password: OLD_CONSTANT_PASSWORD,
      persistent: true,
      createPostgresUser: os.userInfo().uid === 0,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      onLog: () => undefined,
      onError: () => undefined,
    });
    await legacy.initialise();
    await legacy.start();
    const setup = legacy.getPgClient('postgres', '127.0.0.1');
    await setup.connect();
    await setup.query('CREATE DATABASE helsefellesskap');
    await setup.end();
    // As the product did before: every migration run by the superuser, who then owned every table.
    const asSuperuser = createDataSource(`postgres://postgres:${OLD_CONSTANT_PASSWORD}@127.0.0.1:${port}/helsefellesskap`);
    await asSuperuser.initialize();
    await asSuperuser.runMigrations();
    await asSuperuser.destroy();
    await legacy.stop();

    const database = await startEmbeddedDatabase(dataDir, logger);
    const application = createDataSource(database.url);
    try {
      const newPort = Number(new URL(database.url).port);
      expect(await superuserSignInError(newPort, OLD_CONSTANT_PASSWORD)).toBe('28P01');
      await application.initialize();
      await migrate({ dataSource: application, migrationUrl: database.migrationUrl }, logger);
      const [owner] = await application.query<{ owner: string }[]>(
        `SELECT pg_get_userbyid(relowner) AS owner FROM pg_class WHERE relname = 'community'`,
      );
      expect(owner?.owner).toBe('helsefellesskap_owner');
      expect(await application.query('SELECT count(*) FROM community')).toHaveLength(1);
      await expect(application.query('TRUNCATE community CASCADE')).rejects.toThrow(/permission denied|must be owner/);
    } finally {
      if (application.isInitialized) await application.destroy();
      await database.stop();
    }
  });
});
