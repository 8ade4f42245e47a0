import type { DataSource } from 'typeorm';

/**
 * What the application role may do, granted by the owner after every migration (so tables that later
 * migrations add are covered): read and write rows and use sequences. It owns nothing, so it cannot
 * TRUNCATE, ALTER or DROP a table, and it cannot create any (PostgreSQL 15+ gives PUBLIC no CREATE on
 * the public schema). The migrations' own bookkeeping stays the owner's.
 */
export async function grantApplicationAccess(owner: DataSource, applicationRole: string): Promise<void> {
  const role = quoteIdentifier(applicationRole);
  await owner.transaction(async (manager) => {
    await manager.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await manager.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
    await manager.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    await manager.query(`REVOKE ALL ON TABLE schema_migration FROM ${role}`);
  });
}

/** Why the application's role is more than it should be, or null when it is as it should be. */
export async function excessPrivilegeOf(application: DataSource): Promise<string | null> {
  const [role] = await application.query<{ name: string; superuser: boolean; owned: number }[]>(
    `SELECT current_user AS name, rolsuper AS superuser,
       (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relowner = r.oid)::int AS owned
     FROM pg_roles r WHERE rolname = current_user`,
  );
  if (!role) return null;
  if (role.superuser) return `the application connects as "${role.name}", a superuser`;
  if (role.owned > 0) return `the application connects as "${role.name}", which owns ${role.owned} tables, sequences or views`;
  return null;
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
