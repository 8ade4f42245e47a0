// The package entry: every public name is listed here, so anything not re-exported is internal.
export {
  DATE_RANGE,
  addDays,
  addYears,
  assertIsoDates,
  clampDate,
  compareIsoDates,
  dayAfter,
  dayBefore,
  daysBetween,
  earlierOf,
  firstDayOfYear,
  isDateInRange,
  isIsoDate,
  lastDayOfYear,
  laterOf,
  quarterEndsBetween,
  toDayNumber,
  yearOf,
} from './dates.js';
export { isActiveOn, overlaps, type Period } from './periods.js';
export { TIME_ZONE, isClockTime, osloDate, osloMoment, osloTime } from './norway.js';
export { formatDateTime, formatIsoDate, localeFor } from './format.js';
