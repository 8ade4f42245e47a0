import { z } from 'zod';

import { assertIsoDates, daysBetween } from '@helsefellesskap/calendar';
import { TEXT_LIMITS } from './limits.js';
import { type Locale, type StatusLevel, isActiveStatus } from './status.js';

/** Default for "no update for a long time": about half a year, i.e. one missed round of the SSU's reporting. */
export const DEFAULT_STALE_AFTER_DAYS = 180;

export const GAP_KINDS = ['NO_PROFESSIONAL_COMMITTEE', 'NO_MEASURES', 'STALE_MEASURE'] as const;
export type GapKind = (typeof GAP_KINDS)[number];

export const gapSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('NO_PROFESSIONAL_COMMITTEE') }),
  z.strictObject({ kind: z.literal('NO_MEASURES') }),
  z.strictObject({
    kind: z.literal('STALE_MEASURE'),
    measureTitle: z.string().min(1).max(TEXT_LIMITS.title),
    /** null when the measure has never been updated. */
    lastUpdateOn: z.iso.date().nullable(),
    /** Days since the last update, or since the start when never updated; null when neither date is known. */
    days: z.int().min(0).nullable(),
  }),
]);
export type Gap = z.infer<typeof gapSchema>;

/** What findGaps needs to know about a measure; a report's Measure has these fields and more. */
export interface GapMeasureInput {
  title: string;
  status: StatusLevel;
  startsOn: string | null;
  lastUpdateOn: string | null;
}

/** What findGaps needs to know about a focus area; a report's Section has these fields and more. */
export interface GapSectionInput {
  hasProfessionalCommittee: boolean;
  measures: readonly GapMeasureInput[];
}

export interface FindGapsOptions {
  asOf: string;
  staleAfterDays?: number;
}

/**
 * The gaps worth reporting for a focus area. SSU sak 26/2024 calls out focus areas without a professional
 * committee (FSU) and without a plan of measures; a measure nobody has updated for a long time is the
 * same kind of silence one level down. Finished measures and measures that have not started are never stale.
 */
export function findGaps(section: GapSectionInput, options: FindGapsOptions): Gap[] {
  const { asOf, staleAfterDays = DEFAULT_STALE_AFTER_DAYS } = options;
  assertIsoDates(asOf);
  if (!Number.isInteger(staleAfterDays) || staleAfterDays < 1) {
    throw new RangeError(`staleAfterDays must be a positive whole number, got ${staleAfterDays}.`);
  }

  const gaps: Gap[] = [];
  if (!section.hasProfessionalCommittee) {
    gaps.push({ kind: 'NO_PROFESSIONAL_COMMITTEE' });
  }
  // Cancelled measures are not a plan: a focus area whose every measure was cancelled has none left.
  if (!section.measures.some((measure) => measure.status !== 'CANCELLED')) {
    gaps.push({ kind: 'NO_MEASURES' });
  }
  for (const measure of section.measures) {
    const stale = staleMeasureGap(measure, asOf, staleAfterDays);
    if (stale !== null) {
      gaps.push(stale);
    }
  }
  return gaps;
}

function staleMeasureGap(measure: GapMeasureInput, asOf: string, staleAfterDays: number): Gap | null {
  assertIsoDates(measure.startsOn, measure.lastUpdateOn);
  if (!isActiveStatus(measure.status)) {
    return null;
  }
  if (measure.startsOn !== null && daysBetween(measure.startsOn, asOf) < 0) {
    return null;
  }
  const since = measure.lastUpdateOn ?? measure.startsOn;
  if (since === null) {
    // Never updated and no start date to measure from: nothing shows the measure is alive.
    return { kind: 'STALE_MEASURE', measureTitle: measure.title, lastUpdateOn: null, days: null };
  }
  const days = daysBetween(since, asOf);
  if (days < staleAfterDays) {
    return null;
  }
  return { kind: 'STALE_MEASURE', measureTitle: measure.title, lastUpdateOn: measure.lastUpdateOn, days };
}

export const gapKindLabels = {
  nb: {
    NO_PROFESSIONAL_COMMITTEE: 'Mangler FSU',
    NO_MEASURES: 'Mangler tiltaksplan',
    STALE_MEASURE: 'Tiltak uten oppdatering',
  },
  en: {
    NO_PROFESSIONAL_COMMITTEE: 'No professional committee',
    NO_MEASURES: 'No plan of measures',
    STALE_MEASURE: 'Measure not updated',
  },
} as const satisfies Record<Locale, Record<GapKind, string>>;

export interface RenderGapOptions {
  /** Lets the UI format dates exactly as elsewhere on the page; the default writes a long date in UTC. */
  formatDate?: (isoDate: string, locale: Locale) => string;
}

/** A gap as one sentence for the report, in Norwegian bokmål or English. */
export function renderGap(gap: Gap, locale: Locale, options: RenderGapOptions = {}): string {
  const formatDate = options.formatDate ?? formatLongDate;
  switch (gap.kind) {
    case 'NO_PROFESSIONAL_COMMITTEE':
      return locale === 'nb'
        ? 'Det er ikke etablert et faglig samarbeidsutvalg (FSU) for innsatsområdet.'
        : 'No professional committee (FSU) has been established for the focus area.';
    case 'NO_MEASURES':
      return locale === 'nb'
        ? 'Det er ikke utarbeidet en tiltaksplan for innsatsområdet.'
        : 'No plan of measures has been drawn up for the focus area.';
    case 'STALE_MEASURE':
      return renderStaleMeasure(gap, locale, formatDate);
  }
}

type StaleMeasureGap = Extract<Gap, { kind: 'STALE_MEASURE' }>;

function renderStaleMeasure(gap: StaleMeasureGap, locale: Locale, formatDate: (isoDate: string, locale: Locale) => string): string {
  const { measureTitle, lastUpdateOn, days } = gap;
  if (locale === 'nb') {
    const title = `Tiltaket «${measureTitle}»`;
    if (days === null) {
      return `${title} er aldri oppdatert.`;
    }
    const span = `${days} ${days === 1 ? 'dag' : 'dager'}`;
    return lastUpdateOn === null
      ? `${title} er aldri oppdatert, og startet for ${span} siden.`
      : `${title} er ikke oppdatert på ${span} (sist oppdatert ${formatDate(lastUpdateOn, locale)}).`;
  }
  const title = `The measure “${measureTitle}”`;
  if (days === null) {
    return `${title} has never been updated.`;
  }
  const span = `${days} ${days === 1 ? 'day' : 'days'}`;
  return lastUpdateOn === null
    ? `${title} has never been updated; it started ${span} ago.`
    : `${title} has not been updated for ${span} (last updated ${formatDate(lastUpdateOn, locale)}).`;
}

function formatLongDate(isoDate: string, locale: Locale): string {
  // Formatted in UTC because the ISO date carries no zone; any other zone could shift it by a day.
  return new Intl.DateTimeFormat(locale === 'nb' ? 'nb-NO' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
