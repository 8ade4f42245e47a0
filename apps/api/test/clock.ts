import { createClock, type Clock } from '../src/common/clock.js';
import { clockDateOf } from '../src/config/env.js';

/**
 * The clock of this test run: the machine's, or the date CLOCK_DATE sets (e.g. `CLOCK_DATE=2027-01-05 npm test`),
 * so the whole suite can run at another date. Tests take "today" from here, never from `new Date()`.
 */
export const testClock: Clock = createClock(clockDateOf(process.env));

/** The dates the key scenarios also run at, in every run: just after the demo's first term ends, and years ahead. */
export const SCENARIO_DATES = ['2027-01-05', '2031-06-01'] as const;
