import { firstDifference } from './listing-check.js';
import { interleavedThroughput, sender, type LoadShape, type LoadTarget, type Send } from './measure.js';
import type { BenchRequest } from './page-operations.js';
import { line, machineLoad, megabytes, table } from './report.js';
import type { ServerProcess } from './server-process.js';

export interface ListingTargets {
  api: Send;
  raw: Send;
  /** Kilobytes of the listing's JSON. */
  kilobytes: number;
}

/**
 * Asks the API and the raw baseline for the nested listing once and checks they answer the same data,
 * so the ratio compares equal work. Null when the API refuses the listing (it says why).
 */
export async function checkedListing(api: ServerProcess, raw: ServerProcess, listing: BenchRequest): Promise<ListingTargets | null> {
  const targets = { api: sender(api.url, listing), raw: sender(raw.url, listing) };
  const [fromApi, fromRaw] = [await targets.api(), await targets.raw()];
  if (fromApi.status !== 200 || fromApi.errors) {
    line(`The API refuses the nested listing (HTTP ${fromApi.status}): ${fromApi.errors?.[0]?.message ?? ''}`);
    return null;
  }
  const difference = firstDifference(fromRaw.data, fromApi.data);
  if (difference) throw new Error(`The raw baseline does not return what the API returns (baseline against API at ${difference}).`);
  return { ...targets, kilobytes: Math.round(JSON.stringify(fromApi.data).length / 1024) };
}

/** Both servers' throughput in one interleaved run, the ratio, and each server's peak RSS during its rounds. */
export async function printListingLoad(api: ServerProcess, raw: ServerProcess, targets: ListingTargets, load: LoadShape): Promise<void> {
  const peaks = new Map<string, number>();
  const sampled = (name: string, server: ServerProcess, send: Send): LoadTarget => ({
    name,
    send,
    around: {
      before: async () => void (await server.ask('rss-start')),
      after: async () => void peaks.set(name, Math.max(peaks.get(name) ?? 0, await server.ask('rss-peak'))),
    },
  });
  const loadBefore = machineLoad();
  const throughput = await interleavedThroughput([sampled('api', api, targets.api), sampled('raw', raw, targets.raw)], load);
  const [apiRate, rawRate] = [throughput.get('api') ?? 0, throughput.get('raw') ?? 0];
  line(
    `\nNested listing under load (${load.rounds} interleaved rounds of ${load.concurrency} concurrent clients × ${load.requestsPerClient} requests each; both answer the same ${targets.kilobytes} KB of JSON; ${loadBefore} before):`,
  );
  table(
    ['server', 'requests/s', 'ratio to raw', 'peak RSS MB'],
    [
      ['API (GraphQL)', Math.round(apiRate), Number((apiRate / rawRate).toFixed(3)), megabytes(peaks.get('api') ?? 0)],
      ['raw baseline (pg + node:http, one json_agg statement)', Math.round(rawRate), 1, megabytes(peaks.get('raw') ?? 0)],
    ],
  );
}
