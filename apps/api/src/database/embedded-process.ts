import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logging/logger.js';

/**
 * The embedded PostgreSQL is a child of the API process. When the API dies without stopping it
 * (kill -9, a crash), a watchdog stops it; and should that fail too, the next start finds the orphan
 * through postmaster.pid in the data folder and stops it before starting its own.
 */

const PARENT_FILE = 'helsefellesskap-parent.json';
const STOP_WAIT_MS = 60_000;

export class EmbeddedProcessError extends Error {
  override name = 'EmbeddedProcessError';
}

/** The running postmaster of this data folder, if postmaster.pid names a live PostgreSQL serving it. */
export async function runningPostmaster(dataDir: string): Promise<number | null> {
  let text: string;
  try {
    text = await fs.readFile(path.join(dataDir, 'postmaster.pid'), 'utf8');
  } catch {
    return null;
  }
  const pid = Number(text.split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  const commandLine = await readProc(pid, 'cmdline');
  const argv = commandLine?.split('\0') ?? [];
  const dataDirArgument = argv[argv.indexOf('-D') + 1];
  const servesThisFolder =
    argv.indexOf('-D') >= 0 && dataDirArgument !== undefined && path.resolve(dataDirArgument) === path.resolve(dataDir);
  return servesThisFolder && /postgres$/.test(argv[0] ?? '') ? pid : null;
}

/**
 * Stops a PostgreSQL left running in `dataDir` by an API process that is gone; refuses when the
 * API process that started it still runs (two APIs must not share a data folder).
 */
export async function stopOrphanedPostmaster(dataDir: string, logger: Logger): Promise<void> {
  const pid = await runningPostmaster(dataDir);
  if (pid === null) return;
  const parent = await readParent(dataDir);
  const currentParent = await parentPidOf(pid);
  if (parent !== null && currentParent === parent.parentPid && isAlive(parent.parentPid)) {
    throw new EmbeddedProcessError(
      `Another API process (pid ${parent.parentPid}) is using the embedded database in ${dataDir}: stop it first, or set EMBEDDED_DATABASE_DIR to another folder.`,
    );
  }
  logger.warn({ pid, dataDir }, 'stopping the embedded PostgreSQL left running by an API process that died');
  signal(pid, 'SIGINT'); // PostgreSQL's fast shutdown: ends sessions, writes a checkpoint.
  if (!(await waitUntilGone(pid, STOP_WAIT_MS))) {
    throw new EmbeddedProcessError(`The orphaned embedded PostgreSQL (pid ${pid}) in ${dataDir} did not stop; stop it by hand.`);
  }
}

export interface Watchdog {
  /** Ends the watchdog, before the database is stopped the ordinary way. */
  stop(): void;
}

/**
 * A tiny separate process that holds the read end of a pipe from this process. When this process
 * dies, however it dies, the pipe closes and the watchdog stops the postmaster (if postmaster.pid
 * still names it, so a recycled pid is never signalled).
 */
export async function startWatchdog(dataDir: string, postmasterPid: number): Promise<Watchdog> {
  const child = spawn(process.execPath, ['-e', WATCHDOG_SOURCE, String(postmasterPid), path.join(dataDir, 'postmaster.pid')], {
    stdio: ['pipe', 'ignore', 'ignore'],
    // Its own process group: Ctrl-C in a terminal reaches the API, which stops the database itself.
    detached: true,
  });
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', reject);
  });
  child.unref();
  child.stdin?.on('error', () => undefined);
  (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  await writeParent(dataDir, { parentPid: process.pid, watchdogPid: child.pid ?? null });
  return {
    stop: () => {
      child.kill('SIGKILL');
    },
  };
}

const WATCHDOG_SOURCE = `
const fs = require('node:fs');
const [pidText, pidFile] = process.argv.slice(1);
process.on('SIGINT', () => {});
process.on('SIGTERM', () => {});
process.stdin.resume();
process.stdin.on('close', () => {
  try {
    if (fs.readFileSync(pidFile, 'utf8').split('\\n')[0] === pidText) process.kill(Number(pidText), 'SIGINT');
  } catch {}
  process.exit(0);
});
`;

interface ParentRecord {
  parentPid: number;
  watchdogPid: number | null;
}

async function writeParent(dataDir: string, record: ParentRecord): Promise<void> {
  await fs.writeFile(path.join(dataDir, PARENT_FILE), `${JSON.stringify(record)}\n`, { mode: 0o600 });
}

export async function readParent(dataDir: string): Promise<ParentRecord | null> {
  try {
    const parsed: unknown = JSON.parse(await fs.readFile(path.join(dataDir, PARENT_FILE), 'utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'parentPid' in parsed && typeof parsed.parentPid === 'number') {
      const watchdogPid = 'watchdogPid' in parsed && typeof parsed.watchdogPid === 'number' ? parsed.watchdogPid : null;
      return { parentPid: parsed.parentPid, watchdogPid };
    }
    return null;
  } catch {
    return null;
  }
}

async function parentPidOf(pid: number): Promise<number | null> {
  const stat = await readProc(pid, 'stat');
  // "pid (command) state ppid …": the command may hold spaces and parentheses, so read after the last ')'.
  const ppid = Number(stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  return Number.isInteger(ppid) ? ppid : null;
}

async function readProc(pid: number, file: string): Promise<string | null> {
  return fs.readFile(`/proc/${pid}/${file}`, 'utf8').catch(() => null);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Gone meanwhile.
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}
