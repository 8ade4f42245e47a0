import { z } from 'zod';

/** The languages the product speaks: Norwegian bokmål in the UI by default, English for analysts and code. */
export const LOCALES = ['nb', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The traffic-light scale used for measures, targets and focus areas alike. */
export const STATUS_LEVELS = ['ON_TRACK', 'AT_RISK', 'DELAYED', 'COMPLETED', 'NOT_STARTED', 'CANCELLED'] as const;
export type StatusLevel = (typeof STATUS_LEVELS)[number];

export const statusLevelSchema = z.enum(STATUS_LEVELS);

export const statusLabels = {
  nb: {
    ON_TRACK: 'På sporet',
    AT_RISK: 'I risiko',
    DELAYED: 'Forsinket',
    COMPLETED: 'Fullført',
    NOT_STARTED: 'Ikke startet',
    CANCELLED: 'Avlyst',
  },
  en: {
    ON_TRACK: 'On track',
    AT_RISK: 'At risk',
    DELAYED: 'Delayed',
    COMPLETED: 'Completed',
    NOT_STARTED: 'Not started',
    CANCELLED: 'Cancelled',
  },
} as const satisfies Record<Locale, Record<StatusLevel, string>>;

export type StatusColour = 'green' | 'yellow' | 'red' | 'blue' | 'grey';

/**
 * The colour name of each level. Names, not hex values: the UI maps them to its design system's tokens,
 * and a document export can map them to its own palette. Colour must never be the only signal, so the UI
 * shows the label as well.
 */
export const statusColours = {
  ON_TRACK: 'green',
  AT_RISK: 'yellow',
  DELAYED: 'red',
  COMPLETED: 'blue',
  NOT_STARTED: 'grey',
  CANCELLED: 'grey',
} as const satisfies Record<StatusLevel, StatusColour>;

/** The levels that still describe work in progress, worst first. */
export const ACTIVE_STATUS_LEVELS_WORST_FIRST = ['DELAYED', 'AT_RISK', 'ON_TRACK', 'NOT_STARTED'] as const;
export type ActiveStatusLevel = (typeof ACTIVE_STATUS_LEVELS_WORST_FIRST)[number];

/** Finished levels: a completed or cancelled measure says nothing about how the rest of a focus area is doing. */
export const FINISHED_STATUS_LEVELS = ['COMPLETED', 'CANCELLED'] as const;

/**
 * Severity for "worst of": higher is worse. Finished levels have none (null) so that they never drag a
 * focus area down, and never lift it either.
 */
export const statusSeverity = {
  DELAYED: 4,
  AT_RISK: 3,
  ON_TRACK: 2,
  NOT_STARTED: 1,
  COMPLETED: null,
  CANCELLED: null,
} as const satisfies Record<StatusLevel, number | null>;

export function isActiveStatus(level: StatusLevel): level is ActiveStatusLevel {
  return statusSeverity[level] !== null;
}

/** The worst active level among `levels`, or null when none is active. */
export function worstActiveStatus(levels: readonly StatusLevel[]): ActiveStatusLevel | null {
  let worst: ActiveStatusLevel | null = null;
  for (const level of levels) {
    if (isActiveStatus(level) && (worst === null || statusSeverity[level] > statusSeverity[worst])) {
      worst = level;
    }
  }
  return worst;
}
