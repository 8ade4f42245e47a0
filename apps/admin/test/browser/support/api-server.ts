import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface ApiServer {
  baseUrl: string;
  /** Everything the API wrote to stderr so far, for failure messages. */
  stderr: () => string;
  stop: () => Promise<void>;
}

const readyTimeoutMs = 90_000;
const stopTimeoutMs = 20_000;

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('Could not find a free port.'));
      });
    });
  });
}

/**
 * Starts the built API (which also serves the built admin UI) on a free port with a fresh
 * embedded database, and waits until it reports ready. With `clockDate`, the server's today is that date.
 */
export async function startApiServer(repositoryRoot: string, options: { clockDate?: string } = {}): Promise<ApiServer> {
  const mainFile = path.join(repositoryRoot, 'apps', 'api', 'dist', 'main.js');
  const adminIndex = path.join(repositoryRoot, 'apps', 'admin', 'dist', 'index.html');
  for (const required of [mainFile, adminIndex]) {
    if (!existsSync(required)) {
      throw new Error(`${required} is missing: run \`npm run build\` in the repository root first.`);
    }
  }

  const port = await findFreePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'helsefellesskap-admin-browser-'));
  // The test owns the database and the UI under test: nothing inherited may point elsewhere.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !['DATABASE_URL', 'DEMO_DATA', 'ADMIN_DIST_DIR'].includes(name)),
  );
  const child = spawn(process.execPath, [mainFile], {
    cwd: repositoryRoot,
    env: {
      ...inherited,
      PORT: String(port),
      EMBEDDED_DATABASE_DIR: dataDir,
      // Not 'production': the API refuses to start in production with the demo accounts that the
      // sign-in tests use, and it would mark the session cookie Secure, which plain http cannot carry.
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      // Another date for the whole server (its demo data is dated relative to it); else the run's own CLOCK_DATE, if any.
      ...(options.clockDate ? { CLOCK_DATE: options.clockDate } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout?.resume();

  const server: ApiServer = {
    baseUrl: `http://127.0.0.1:${port}`,
    stderr: () => stderr,
    stop: () => stopApi(child, dataDir),
  };
  try {
    await waitUntilReady(server.baseUrl, child, () => stderr);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function waitUntilReady(baseUrl: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The API exited (${child.exitCode ?? child.signalCode}) before it was ready. Its stderr:\n${stderr()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await delay(250);
  }
  throw new Error(`The API did not answer 200 on /readyz within ${readyTimeoutMs / 1000} s. Its stderr:\n${stderr()}`);
}

/** SIGTERM and wait; SIGKILL if it hangs; then make sure its PostgreSQL is gone too. */
async function stopApi(child: ChildProcess, dataDir: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = waitForExit(child);
    child.kill('SIGTERM');
    if (!(await withTimeout(exited, stopTimeoutMs))) {
      child.kill('SIGKILL');
      await withTimeout(waitForExit(child), 5_000);
    }
  }
  await stopOrphanedPostgres(dataDir);
  await rm(dataDir, { recursive: true, force: true, maxRetries: 3 });
}

async function stopOrphanedPostgres(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  process.kill(pid, 'SIGINT'); // PostgreSQL's "fast" shutdown.
  const deadline = Date.now() + 10_000;
  while (isAlive(pid) && Date.now() < deadline) await delay(100);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function withTimeout(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
