import { sender, sequentialLatency } from './measure.js';
import type { BenchRequest } from './page-operations.js';
import { line, machineLoad, milliseconds, table } from './report.js';
import type { ServerProcess } from './server-process.js';

export interface PageRun {
  /** Timed requests per operation, one at a time, after `warmUp` untimed ones. */
  requests: number;
  warmUp: number;
}

/** Requests whose statements are counted together, so a one-off in one of them shows as a fraction. */
const STATEMENT_SAMPLES = 3;

/**
 * Per operation: SQL statements per request (the API's own count, requests one at a time so nothing
 * else is counted) and p50/p95 latency over HTTP. An operation the API refuses gets no figures, and
 * the reason is printed under the table.
 */
export async function printPageFigures(api: ServerProcess, requests: readonly BenchRequest[], cookie: string, run: PageRun): Promise<void> {
  const rows: (string | number)[][] = [];
  const refusals: string[] = [];
  for (const request of requests) {
    const send = sender(api.url, request, request.caller === 'secretariat' ? cookie : undefined);
    const answer = await send();
    if (answer.status !== 200 || answer.errors) {
      rows.push([request.name, request.caller, 'refused', '', '']);
      refusals.push(`${request.name} refused (HTTP ${answer.status}): ${answer.errors?.[0]?.message ?? ''}`);
      continue;
    }
    const before = await api.ask('statements');
    for (let index = 0; index < STATEMENT_SAMPLES; index += 1) await send();
    const statements = ((await api.ask('statements')) - before) / STATEMENT_SAMPLES;
    const latency = await sequentialLatency(send, run.requests, run.warmUp);
    rows.push([request.name, request.caller, statements, milliseconds(latency.p50), milliseconds(latency.p95)]);
  }
  line(
    `Per admin page operation and the nested listing (${run.requests} requests one at a time after ${run.warmUp} to warm up; ${machineLoad()}):`,
  );
  table(['operation', 'caller', 'SQL/request', 'p50 ms', 'p95 ms'], rows);
  for (const refusal of refusals) line(refusal);
}
