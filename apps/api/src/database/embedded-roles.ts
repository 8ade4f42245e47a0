import pg from 'pg';
import type { EmbeddedCredentials } from './embedded-credentials.js';

export const DATABASE_NAME = 'helsefellesskap';
export const SUPERUSER = 'postgres';
/** Owns the schema: migrations run as it. */
export const OWNER_ROLE = 'helsefellesskap_owner';
/** The application: reads and writes rows, owns nothing, may not change the schema. */
export const APP_ROLE = 'helsefellesskap_app';

export interface ServerAddress {
  host: string;
  port: number;
}

export function roleUrl(server: ServerAddress, role: string, password: string): string {
  return `postgres://${role}:${encodeURIComponent(password)}@${server.host}:${server.port}/${DATABASE_NAME}`;
}

/** Signs in as the superuser: to the maintenance database, or to ours. */
export async function superuserClient(server: ServerAddress, password: string, database = 'postgres'): Promise<pg.Client> {
  const client = new pg.Client({ ...server, user: SUPERUSER, password, database });
  await client.connect();
  return client;
}

/**
 * Makes (or brings in step with the kept passwords) the owner and application roles and the database,
 * owned by the owner role. Idempotent: runs at every start. A data folder made before these roles
 * existed has its objects owned by the superuser; they are handed to the owner role.
 */
export async function ensureRolesAndDatabase(server: ServerAddress, credentials: EmbeddedCredentials): Promise<void> {
  const maintenance = await superuserClient(server, credentials.superuser);
  try {
    for (const [role, password] of [
      [OWNER_ROLE, credentials.owner],
      [APP_ROLE, credentials.app],
    ] as const) {
      const exists = await maintenance.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${maintenance.escapeLiteral(password)}`;
      await maintenance.query(`${exists.rowCount === 0 ? 'CREATE' : 'ALTER'} ROLE ${role} ${attributes}`);
    }
    const database = await maintenance.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (database.rowCount === 0) await maintenance.query(`CREATE DATABASE ${DATABASE_NAME} OWNER ${OWNER_ROLE}`);
    else await maintenance.query(`ALTER DATABASE ${DATABASE_NAME} OWNER TO ${OWNER_ROLE}`);
    // Only the two roles connect; nobody makes temporary tables.
    await maintenance.query(`REVOKE ALL ON DATABASE ${DATABASE_NAME} FROM PUBLIC`);
    await maintenance.query(`GRANT CONNECT ON DATABASE ${DATABASE_NAME} TO ${APP_ROLE}`);
  } finally {
    await maintenance.end();
  }

  const ours = await superuserClient(server, credentials.superuser, DATABASE_NAME);
  try {
    await ours.query(HAND_OBJECTS_TO_OWNER);
  } finally {
    await ours.end();
  }
}

/**
 * Tables (with their own sequences and indexes), other sequences, views and functions of the schema;
 * not the members of an extension (btree_gist's functions), which stay with the extension.
 */
const NOT_IN_EXTENSION = (oid: string) => `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = ${oid} AND d.deptype = 'e')`;
const HAND_OBJECTS_TO_OWNER = `
  DO $$
  DECLARE
    item record;
  BEGIN
    FOR item IN
      SELECT c.oid::regclass AS name, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND c.relowner <> '${OWNER_ROLE}'::regrole AND ${NOT_IN_EXTENSION('c.oid')}
    LOOP
      EXECUTE format('ALTER TABLE %s OWNER TO ${OWNER_ROLE}', item.name);
    END LOOP;
    FOR item IN
      SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'S' AND c.relowner <> '${OWNER_ROLE}'::regrole AND ${NOT_IN_EXTENSION('c.oid')}
    LOOP
      EXECUTE format('ALTER SEQUENCE %s OWNER TO ${OWNER_ROLE}', item.name);
    END LOOP;
    FOR item IN
      SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'public' AND p.proowner <> '${OWNER_ROLE}'::regrole AND ${NOT_IN_EXTENSION('p.oid')}
    LOOP
      EXECUTE format('ALTER ROUTINE %s OWNER TO ${OWNER_ROLE}', item.name);
    END LOOP;
  END
  $$`;
