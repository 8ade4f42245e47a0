import type { BenchRequest } from './page-operations.js';

export interface GraphQLAnswer {
  status: number;
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Sends a page's operation as the admin would, with the session cookie when the page is for a signed-in caller. */
export type Send = () => Promise<GraphQLAnswer>;

export function sender(url: string, request: Pick<BenchRequest, 'query' | 'variables'>, cookie?: string): Send {
  const body = JSON.stringify({ query: request.query, variables: request.variables });
  const headers = { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) };
  return async () => {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body });
    return { status: response.status, ...((await response.json()) as Omit<GraphQLAnswer, 'status'>) };
  };
}

export interface Latency {
  p50: number;
  p95: number;
}

/** One request at a time (an idle server's latency), after a warm-up; milliseconds. */
export async function sequentialLatency(send: Send, requests: number, warmUp: number): Promise<Latency> {
  for (let index = 0; index < warmUp; index += 1) await send();
  const durations: number[] = [];
  for (let index = 0; index < requests; index += 1) {
    const started = performance.now();
    await send();
    durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  const at = (quantile: number) => durations[Math.min(durations.length - 1, Math.ceil(quantile * durations.length) - 1)] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
}

export interface LoadTarget {
  name: string;
  send: Send;
  /** Called before and after each of its rounds (e.g. to sample the server's RSS during them). */
  around?: { before(): Promise<void>; after(): Promise<void> };
}

export interface LoadShape {
  rounds: number;
  /** Requests in flight at once. */
  concurrency: number;
  /** Requests each of the concurrent clients sends per round, one after another. */
  requestsPerClient: number;
}

/**
 * Throughput of each target under the same load, measured in one run: the targets take turns, round by
 * round (the first of a round alternates), so a machine busy with other work slows them alike.
 * Requests per second over all rounds of a target.
 */
export async function interleavedThroughput(targets: readonly LoadTarget[], shape: LoadShape): Promise<Map<string, number>> {
  const requests = new Map(targets.map((target) => [target.name, 0]));
  const seconds = new Map(targets.map((target) => [target.name, 0]));
  for (let round = 0; round < shape.rounds; round += 1) {
    const order = round % 2 === 0 ? targets : [...targets].reverse();
    for (const target of order) {
      await target.around?.before();
      const started = performance.now();
      await Promise.all(
        Array.from({ length: shape.concurrency }, async () => {
          for (let index = 0; index < shape.requestsPerClient; index += 1) {
            const answer = await target.send();
            // A refusal under load would be cheaper than the work it stands for: the figure would lie.
            if (answer.status !== 200 || answer.errors)
              throw new Error(`${target.name} failed under load: ${JSON.stringify(answer.errors)}`);
          }
        }),
      );
      seconds.set(target.name, (seconds.get(target.name) ?? 0) + (performance.now() - started) / 1000);
      requests.set(target.name, (requests.get(target.name) ?? 0) + shape.concurrency * shape.requestsPerClient);
      await target.around?.after();
    }
  }
  return new Map(targets.map((target) => [target.name, (requests.get(target.name) ?? 0) / (seconds.get(target.name) || 1)]));
}
