import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What the bench asks a server in a child process; each answers with a number. */
export type Question = 'statements' | 'rss-start' | 'rss-peak';

type ToChild = { id: number; question: Question };
type ToParent = { ready: number } | { id: number; answer: number };

export interface ServerProcess {
  url: string;
  ask(question: Question): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Starts a server in a child process of its own (so its RSS and CPU are its own, apart from the load
 * generator's) and waits for the port it listens on.
 */
export async function startServerProcess(entry: string, env: Record<string, string>): Promise<ServerProcess> {
  const child = fork(fileURLToPath(new URL(entry, import.meta.url)), [], {
    env: { ...process.env, ...env },
    execArgv: ['--enable-source-maps'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${entry} ended with code ${code} before it listened`)));
    child.on('message', (message: ToParent) => {
      if ('ready' in message) resolve(message.ready);
    });
  });
  let next = 0;
  return {
    url: `http://127.0.0.1:${port}`,
    ask: (question) => ask(child, (next += 1), question),
    stop: () =>
      new Promise((resolve) => {
        child.removeAllListeners('exit');
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function ask(child: ChildProcess, id: number, question: Question): Promise<number> {
  return new Promise((resolve, reject) => {
    const ended = () => reject(new Error(`The server ended before it answered ${question}`));
    const listener = (message: ToParent) => {
      if ('id' in message && message.id === id) {
        child.off('message', listener);
        child.off('exit', ended);
        resolve(message.answer);
      }
    };
    child.on('message', listener);
    child.once('exit', ended);
    child.send({ id, question } satisfies ToChild);
  });
}

/**
 * The child's side: tells the parent its port, then answers questions: how many SQL statements it has
 * run (`countStatement` is its data source's hook), and its peak RSS since `rss-start` (sampled every
 * 20 ms, as a load's high-water mark).
 */
export function answerParent(port: number, statements: () => number): void {
  let peak = 0;
  const sample = () => (peak = Math.max(peak, process.memoryUsage.rss()));
  const sampler = setInterval(sample, 20);
  sampler.unref();
  process.on('message', (message: ToChild) => {
    if (message.question === 'rss-start') peak = 0;
    sample();
    const answer = message.question === 'statements' ? statements() : peak;
    process.send?.({ id: message.id, answer } satisfies ToParent);
  });
  // Ends with the bench, however the bench ends: no server is left behind.
  process.once('disconnect', () => process.exit(0));
  process.send?.({ ready: port } satisfies ToParent);
}
