import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../src/common/free-port.js';

/** The built API, as `npm start` runs it (turbo builds it before this package's tests). */
const mainFile = path.resolve(import.meta.dirname, '..', 'dist', 'main.js');
const READY_TIMEOUT_MS = 120_000;

let folder: string;
const started: ChildProcess[] = [];
beforeAll(async () => {
  if (!existsSync(mainFile)) throw new Error(`${mainFile} is missing: run \`npm run build\` first.`);
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'helsefellesskap-restart-'));
  await fs.chmod(folder, 0o755);
});
afterAll(async () => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const dataDir of await fs.readdir(folder)) {
    const pid = await postmasterPid(path.join(folder, dataDir));
    if (pid !== null && isAlive(pid)) process.kill(pid, 'SIGINT');
  }
  await fs.rm(folder, { recursive: true, force: true, maxRetries: 5 });
});

interface RunningApi {
  child: ChildProcess;
  port: number;
  stderr: () => string;
}

/** Starts the built API on `dataDir` (on loopback, without demo data), without waiting for it. */
async function spawnApi(dataDir: string): Promise<RunningApi> {
  const port = await findFreePort();
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.endsWith('DATABASE_URL')));
  const child = spawn(process.execPath, [mainFile], {
    env: {
      ...inherited,
      PORT: String(port),
      HOST: '127.0.0.1',
      EMBEDDED_DATABASE_DIR: dataDir,
      DEMO_DATA: 'false',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  started.push(child);
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return { child, port, stderr: () => stderr };
}

/** Starts the API on `dataDir` and waits until /readyz answers 200. */
async function startApi(dataDir: string): Promise<RunningApi> {
  const api = await spawnApi(dataDir);
  await waitFor(async () => {
    if (api.child.exitCode !== null) throw new Error(`The API exited with ${api.child.exitCode}: ${api.stderr()}`);
    const response = await fetch(`http://127.0.0.1:${api.port}/readyz`).catch(() => null);
    return response?.status === 200;
  }, `/readyz of the API on ${dataDir}`);
  return api;
}

async function killHard(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/** Sends the signal and resolves with the exit code: null when the process was ended by a signal instead of exiting. */
async function stopGracefully(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  child.kill(signal);
  return exited;
}

async function postmasterPid(dataDir: string): Promise<number | null> {
  const text = await fs.readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => null);
  return text === null ? null : Number(text.split('\n')[0]);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Polls `condition` until it holds; the deadline only ends a test that would otherwise hang. */
async function waitFor(condition: () => Promise<boolean> | boolean, what: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// Each test starts the API (initdb, migrations) up to twice: on a busy machine that takes minutes, not the default 30 s.
describe('restart after a crash', { timeout: 4 * READY_TIMEOUT_MS }, () => {
  it('stops its database when the API is killed with SIGKILL, and starts again on the same folder', async () => {
    const dataDir = path.join(folder, 'killed');
    const first = await startApi(dataDir);
    const database = await postmasterPid(dataDir);
    expect(database).not.toBeNull();

    await killHard(first.child);
    await waitFor(() => !isAlive(database ?? 0), `the database (pid ${database}) to stop after its API died`);

    const second = await startApi(dataDir);
    expect(await stopGracefully(second.child), second.stderr()).toBe(0);
  });

  it('stops an orphaned database that it finds in its data folder, then starts', async () => {
    const dataDir = path.join(folder, 'orphaned');
    const first = await startApi(dataDir);
    const database = await postmasterPid(dataDir);
    // Take the watchdog away too, so that the database really is left running without its API.
    const parent = JSON.parse(await fs.readFile(path.join(dataDir, 'helsefellesskap-parent.json'), 'utf8')) as { watchdogPid: number };
    process.kill(parent.watchdogPid, 'SIGKILL');
    await waitFor(() => !isAlive(parent.watchdogPid), 'the watchdog to die');
    await killHard(first.child);
    expect(isAlive(database ?? 0)).toBe(true);

    const second = await startApi(dataDir);
    expect(isAlive(database ?? 0)).toBe(false);
    expect(await stopGracefully(second.child), second.stderr()).toBe(0);
  });

  it('stops in order on Ctrl-C (SIGINT) as on SIGTERM: exit code 0, its database stopped', async () => {
    const dataDir = path.join(folder, 'interrupted');
    const api = await startApi(dataDir);
    const database = await postmasterPid(dataDir);
    // Apollo's own signal handlers, were they left on, would end the process by the signal (no exit code).
    expect(await stopGracefully(api.child, 'SIGINT'), api.stderr()).toBe(0);
    expect(isAlive(database ?? 0)).toBe(false);
  });

  it('refuses to share its data folder with an API that still runs', async () => {
    const dataDir = path.join(folder, 'shared');
    const first = await startApi(dataDir);
    const second = await spawnApi(dataDir);
    const code = await new Promise<number | null>((resolve) => second.child.once('exit', resolve));
    expect(code).toBe(1);
    expect(second.stderr()).toMatch(/Another API process \(pid \d+\) is using the embedded database/);
    expect((await fetch(`http://127.0.0.1:${second.port}/readyz`).catch(() => null))?.status ?? null).toBeNull();
    expect(await stopGracefully(first.child), first.stderr()).toBe(0);
  });
});
