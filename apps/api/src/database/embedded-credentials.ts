import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** Passwords of the embedded cluster's three roles, made at random once and kept in its data folder. */
export interface EmbeddedCredentials {
  superuser: string;
  owner: string;
  app: string;
}

const CREDENTIALS_FILE = 'helsefellesskap-credentials.json';

export function newCredentials(): EmbeddedCredentials {
  const password = () => randomBytes(24).toString('base64url');
  return { superuser: password(), owner: password(), app: password() };
}

/** The kept credentials, or null when the folder has none yet (new, or made before they existed). */
export async function readCredentials(dataDir: string): Promise<EmbeddedCredentials | null> {
  let text: string;
  try {
    text = await fs.readFile(path.join(dataDir, CREDENTIALS_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const parsed: unknown = JSON.parse(text);
  if (
    typeof parsed === 'object' &&
    parsed !== null &&
    'superuser' in parsed &&
    'owner' in parsed &&
    'app' in parsed &&
    typeof parsed.superuser === 'string' &&
    typeof parsed.owner === 'string' &&
    typeof parsed.app === 'string'
  ) {
    return { superuser: parsed.superuser, owner: parsed.owner, app: parsed.app };
  }
  throw new Error(`${path.join(dataDir, CREDENTIALS_FILE)} is not a credentials file`);
}

/** Written readable by its owner only (0600), atomically, so a crash never leaves half a file. */
export async function writeCredentials(dataDir: string, credentials: EmbeddedCredentials): Promise<void> {
  const file = path.join(dataDir, CREDENTIALS_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temporary, `${JSON.stringify(credentials)}\n`, { mode: 0o600 });
  await fs.chmod(temporary, 0o600);
  await fs.rename(temporary, file);
}
