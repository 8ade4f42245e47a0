import { describe, expect, it } from 'vitest';

import { buildMeasure } from '../test/factories.js';
import { type Gap, GAP_KINDS, findGaps, gapKindLabels, gapSchema, renderGap } from './gaps.js';

const asOf = '2024-12-31';

describe('findGaps', () => {
  it('reports both a missing FSU and a missing plan of measures when focus area 1 has neither (SSU sak 26/2024)', () => {
    expect(findGaps({ hasProfessionalCommittee: false, measures: [] }, { asOf })).toEqual([
      { kind: 'NO_PROFESSIONAL_COMMITTEE' },
      { kind: 'NO_MEASURES' },
    ]);
  });

  it('reports only the missing FSU when focus area 3 has measures but no FSU', () => {
    const measures = [
      buildMeasure({ title: 'Rekrutteringsprosjekt for leger i Vesterålen' }),
      buildMeasure({ title: 'Bredding av digital hjemmeoppfølging' }),
    ];
    expect(findGaps({ hasProfessionalCommittee: false, measures }, { asOf })).toEqual([{ kind: 'NO_PROFESSIONAL_COMMITTEE' }]);
  });

  it('reports nothing when focus area 2 has an FSU and recently updated measures', () => {
    expect(findGaps({ hasProfessionalCommittee: true, measures: [buildMeasure({ title: 'Trygg akuttmedisin' })] }, { asOf })).toEqual([]);
  });

  it('reports a missing plan of measures when every measure is cancelled', () => {
    const measures = [buildMeasure({ status: 'CANCELLED' })];
    expect(findGaps({ hasProfessionalCommittee: true, measures }, { asOf })).toEqual([{ kind: 'NO_MEASURES' }]);
  });

  it('does not report a missing plan when the only measure is completed', () => {
    const measures = [buildMeasure({ status: 'COMPLETED', lastUpdateOn: '2023-01-01' })];
    expect(findGaps({ hasProfessionalCommittee: true, measures }, { asOf })).toEqual([]);
  });

  it('reports a stale measure when it has not been updated for 180 days or more', () => {
    const measures = [buildMeasure({ title: 'Felles journalløsning', lastUpdateOn: '2024-07-04' })];
    expect(findGaps({ hasProfessionalCommittee: true, measures }, { asOf })).toEqual([
      { kind: 'STALE_MEASURE', measureTitle: 'Felles journalløsning', lastUpdateOn: '2024-07-04', days: 180 },
    ]);
  });

  it('does not report a measure as stale when it was updated 179 days ago', () => {
    const measures = [buildMeasure({ lastUpdateOn: '2024-07-05' })];
    expect(findGaps({ hasProfessionalCommittee: true, measures }, { asOf })).toEqual([]);
  });

  it('uses the given threshold when staleAfterDays is set', () => {
    const measures = [buildMeasure({ lastUpdateOn: '2024-10-01' })];
    expect(findGaps({ hasProfessionalCommittee: true, measures }, { asOf, staleAfterDays: 90 })).toEqual([
      { kind: 'STALE_MEASURE', measureTitle: measures[0]?.title, lastUpdateOn: '2024-10-01', days: 91 },
    ]);
    expect(findGaps({ hasProfessionalCommittee: true, measures }, { asOf, staleAfterDays: 92 })).toEqual([]);
  });

  it('does not report a measure as stale when it is completed or cancelled', () => {
    const measures = [
      buildMeasure({ title: 'A', status: 'COMPLETED', lastUpdateOn: '2022-01-01' }),
      buildMeasure({ title: 'B', status: 'CANCELLED', lastUpdateOn: '2022-01-01' }),
    ];
    expect(findGaps({ hasProfessionalCommittee: true, measures }, { asOf })).toEqual([]);
  });

  it('does not report a measure as stale when it has not started yet', () => {
    const measures = [buildMeasure({ startsOn: '2025-03-01', status: 'NOT_STARTED', lastUpdateOn: null })];
    expect(findGaps({ hasProfessionalCommittee: true, measures }, { asOf })).toEqual([]);
  });

  it('counts from the start date when a started measure has never been updated', () => {
    const measures = [buildMeasure({ startsOn: '2024-06-01', lastUpdateOn: null })];
    expect(findGaps({ hasProfessionalCommittee: true, measures }, { asOf })).toEqual([
      { kind: 'STALE_MEASURE', measureTitle: measures[0]?.title, lastUpdateOn: null, days: 213 },
    ]);
  });

  it('does not report a measure as stale when it started recently and has never been updated', () => {
    const measures = [buildMeasure({ startsOn: '2024-12-01', lastUpdateOn: null })];
    expect(findGaps({ hasProfessionalCommittee: true, measures }, { asOf })).toEqual([]);
  });

  it('reports a measure without days when it has neither a start date nor an update', () => {
    const measures = [buildMeasure({ startsOn: null, lastUpdateOn: null, status: 'NOT_STARTED' })];
    expect(findGaps({ hasProfessionalCommittee: true, measures }, { asOf })).toEqual([
      { kind: 'STALE_MEASURE', measureTitle: measures[0]?.title, lastUpdateOn: null, days: null },
    ]);
  });

  it('lists stale measures in the order of the measures, after the section-level gaps', () => {
    const measures = [
      buildMeasure({ title: 'Først', lastUpdateOn: '2023-01-01' }),
      buildMeasure({ title: 'Sist', lastUpdateOn: '2023-06-01' }),
    ];
    expect(findGaps({ hasProfessionalCommittee: false, measures }, { asOf }).map((gap) => gap.kind)).toEqual([
      'NO_PROFESSIONAL_COMMITTEE',
      'STALE_MEASURE',
      'STALE_MEASURE',
    ]);
  });

  it('throws when staleAfterDays is not a positive whole number', () => {
    expect(() => findGaps({ hasProfessionalCommittee: true, measures: [] }, { asOf, staleAfterDays: 0 })).toThrow(RangeError);
    expect(() => findGaps({ hasProfessionalCommittee: true, measures: [] }, { asOf, staleAfterDays: 1.5 })).toThrow(RangeError);
  });

  it('throws when asOf is not an ISO date', () => {
    expect(() => findGaps({ hasProfessionalCommittee: true, measures: [] }, { asOf: '31.12.2024' })).toThrow(RangeError);
  });

  it('produces gaps that the gap schema accepts', () => {
    const measures = [
      buildMeasure({ lastUpdateOn: '2023-01-01' }),
      buildMeasure({ title: 'Uten datoer', startsOn: null, lastUpdateOn: null }),
    ];
    for (const gap of findGaps({ hasProfessionalCommittee: false, measures: [] }, { asOf }).concat(
      findGaps({ hasProfessionalCommittee: true, measures }, { asOf }),
    )) {
      expect(gapSchema.safeParse(gap).success).toBe(true);
    }
  });
});

describe('gapSchema', () => {
  it('rejects a gap when it has fields its kind does not have', () => {
    expect(gapSchema.safeParse({ kind: 'NO_MEASURES', measureTitle: 'x' }).success).toBe(false);
  });

  it('rejects a gap when its kind is unknown', () => {
    expect(gapSchema.safeParse({ kind: 'NO_BUDGET' }).success).toBe(false);
  });
});

describe('gapKindLabels', () => {
  it('names every gap kind in Norwegian bokmål and English', () => {
    for (const kind of GAP_KINDS) {
      expect(gapKindLabels.nb[kind].length).toBeGreaterThan(0);
      expect(gapKindLabels.en[kind].length).toBeGreaterThan(0);
    }
    expect(gapKindLabels.nb.NO_PROFESSIONAL_COMMITTEE).toBe('Mangler FSU');
  });
});

describe('renderGap', () => {
  const stale: Gap = { kind: 'STALE_MEASURE', measureTitle: 'Trygg akuttmedisin', lastUpdateOn: '2024-01-01', days: 365 };

  it('writes the section-level gaps as sentences in Norwegian bokmål', () => {
    expect(renderGap({ kind: 'NO_PROFESSIONAL_COMMITTEE' }, 'nb')).toBe(
      'Det er ikke etablert et faglig samarbeidsutvalg (FSU) for innsatsområdet.',
    );
    expect(renderGap({ kind: 'NO_MEASURES' }, 'nb')).toBe('Det er ikke utarbeidet en tiltaksplan for innsatsområdet.');
  });

  it('writes the section-level gaps as sentences in English', () => {
    expect(renderGap({ kind: 'NO_PROFESSIONAL_COMMITTEE' }, 'en')).toBe(
      'No professional committee (FSU) has been established for the focus area.',
    );
    expect(renderGap({ kind: 'NO_MEASURES' }, 'en')).toBe('No plan of measures has been drawn up for the focus area.');
  });

  it('names the measure, the days and the last update when a measure is stale', () => {
    expect(renderGap(stale, 'nb')).toBe('Tiltaket «Trygg akuttmedisin» er ikke oppdatert på 365 dager (sist oppdatert 1. januar 2024).');
    expect(renderGap(stale, 'en')).toBe(
      'The measure “Trygg akuttmedisin” has not been updated for 365 days (last updated 1 January 2024).',
    );
  });

  it('says the measure was never updated when there is no last update', () => {
    const neverSinceStart: Gap = { ...stale, lastUpdateOn: null, days: 200 };
    expect(renderGap(neverSinceStart, 'nb')).toBe('Tiltaket «Trygg akuttmedisin» er aldri oppdatert, og startet for 200 dager siden.');
    expect(renderGap(neverSinceStart, 'en')).toBe('The measure “Trygg akuttmedisin” has never been updated; it started 200 days ago.');
    const never: Gap = { ...stale, lastUpdateOn: null, days: null };
    expect(renderGap(never, 'nb')).toBe('Tiltaket «Trygg akuttmedisin» er aldri oppdatert.');
    expect(renderGap(never, 'en')).toBe('The measure “Trygg akuttmedisin” has never been updated.');
  });

  it('uses the singular when the count is one day', () => {
    const oneDay: Gap = { ...stale, lastUpdateOn: null, days: 1 };
    expect(renderGap(oneDay, 'nb')).toContain('for 1 dag siden');
    expect(renderGap(oneDay, 'en')).toContain('1 day ago');
  });

  it('formats the date with the given formatter when one is passed', () => {
    expect(renderGap(stale, 'nb', { formatDate: (date, locale) => `${locale}:${date}` })).toContain('(sist oppdatert nb:2024-01-01)');
  });
});
