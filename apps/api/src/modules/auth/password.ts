import { hash, verify } from '@node-rs/argon2';

// argon2id (the algorithm 2 of @node-rs/argon2; its enum is an ambient const) at OWASP's baseline: 19 MiB, 2 iterations, 1 lane.
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 10;

/** Checks a password against its argon2 hash. */
export type PasswordVerifier = (passwordHash: string, password: string) => Promise<boolean>;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verifying against this when the account does not exist keeps the answer time the same. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('not a real password, only for timing');
  return dummyHash;
}
