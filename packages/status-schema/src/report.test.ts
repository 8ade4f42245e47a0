import { describe, expect, it } from 'vitest';

import { buildMeasure, buildReport, buildSection, buildTarget } from '../test/factories.js';
import { findGaps } from './gaps.js';
import {
  PRIORITY_PATIENT_GROUPS,
  type StatusReport,
  parseStatusReport,
  priorityPatientGroupLabels,
  sectionSchema,
  statusReportSchema,
  titleKey,
} from './report.js';

/** The problems parseStatusReport finds in `input`, or a failed assertion when it finds none. */
function problemsOf(input: unknown): { path: string; message: string }[] {
  const result = parseStatusReport(input);
  if (result.ok) {
    throw new Error('Expected the report to be rejected.');
  }
  return result.problems;
}

function pathsOf(input: unknown): string[] {
  return problemsOf(input).map((problem) => problem.path);
}

/** A report whose section at `index` has `measures` as its measures. */
function withMeasures(index: number, ...measures: unknown[]): unknown {
  const report = buildReport();
  return { ...report, sections: report.sections.map((section, position) => (position === index ? { ...section, measures } : section)) };
}

describe('statusReportSchema', () => {
  it('accepts the 2024 report of Lofoten, Vesterålen, Salten with its three focus areas', () => {
    const report = buildReport();
    expect(statusReportSchema.parse(report)).toEqual(report);
  });

  it('accepts gaps found by findGaps when they are put in a section', () => {
    const section = buildSection({ measures: [] });
    const gaps = findGaps(section, { asOf: '2024-12-31' });
    expect(sectionSchema.safeParse({ ...section, gaps }).success).toBe(true);
  });

  it('accepts a generated-at time when it has an offset instead of Z', () => {
    expect(statusReportSchema.safeParse(buildReport({ generatedAt: '2025-01-15T10:00:00+01:00' })).success).toBe(true);
  });

  it('accepts the first report when it has no previous report', () => {
    expect(statusReportSchema.safeParse(buildReport({ previousReportYear: null })).success).toBe(true);
  });
});

describe('parseStatusReport', () => {
  it('returns the report when it is valid', () => {
    const report = buildReport();
    expect(parseStatusReport(report)).toEqual({ ok: true, report });
  });

  it('points at the field with a readable path when a nested value is out of range', () => {
    const problems = problemsOf(withMeasures(1, buildMeasure({ progress: 101 })));
    expect(problems.map((problem) => problem.path)).toEqual(['sections[1].measures[0].progress']);
    expect(problems[0]?.message).toMatch(/100/);
  });

  it('names each unknown field by its own path when an object has fields the schema does not know', () => {
    const report = { ...buildReport(), author: 'SSU' };
    expect(problemsOf(report)).toEqual([{ path: 'author', message: 'Unknown field.' }]);
    expect(pathsOf(withMeasures(0, { ...buildMeasure(), colour: 'green', 'traffic light': 'red' }))).toEqual([
      'sections[0].measures[0].colour',
      'sections[0].measures[0]["traffic light"]',
    ]);
  });

  it('reports the report itself with an empty path when the input is not an object', () => {
    expect(pathsOf(null)).toEqual(['']);
    expect(pathsOf('statusrapport')).toEqual(['']);
  });

  it('reports every missing field when fields are left out', () => {
    const rest = Object.fromEntries(Object.entries(buildReport()).filter(([key]) => key !== 'year' && key !== 'cutOffDate'));
    expect(pathsOf(rest).sort()).toEqual(['cutOffDate', 'year']);
  });

  it('reads a version 1 snapshot, frozen before sections named their focus area, as version 2 without ids', () => {
    const report = buildReport();
    const stored = {
      ...report,
      schemaVersion: 1,
      sections: report.sections.map((section) => Object.fromEntries(Object.entries(section).filter(([key]) => key !== 'focusAreaId'))),
    };
    const parsed = parseStatusReport(stored);
    expect(parsed.ok && parsed.report.schemaVersion).toBe(2);
    expect(parsed.ok && parsed.report.sections.map((section) => section.focusAreaId)).toEqual(report.sections.map(() => null));
  });

  it('rejects a report of a format it does not know', () => {
    expect(pathsOf({ ...buildReport(), schemaVersion: 3 })).toEqual(['schemaVersion']);
  });

  it('rejects a year when it is not a whole number or outside 2000-2100', () => {
    expect(pathsOf(buildReport({ year: 2024.5 }))).toEqual(['year']);
    expect(pathsOf(buildReport({ year: 1999, previousReportYear: null }))).toEqual(['year']);
    expect(pathsOf(buildReport({ year: 20224 }))).toEqual(['year']);
  });

  it('rejects a plan period when it ends before it starts', () => {
    expect(pathsOf(buildReport({ planPeriod: { from: 2024, to: 2022 } }))).toEqual(['planPeriod.to']);
  });

  it('rejects the previous report year when it is not earlier than the report year', () => {
    expect(pathsOf(buildReport({ previousReportYear: 2024 }))).toEqual(['previousReportYear']);
  });

  it('rejects dates when they are not real ISO dates', () => {
    expect(pathsOf(buildReport({ cutOffDate: '2024-02-30' }))).toEqual(['cutOffDate']);
    expect(pathsOf(buildReport({ cutOffDate: '31.12.2024' }))).toEqual(['cutOffDate']);
    expect(pathsOf(buildReport({ generatedAt: '2025-01-15' }))).toEqual(['generatedAt']);
  });

  it('rejects commentary when it is longer than 20 000 characters', () => {
    const at = (commentary: string): StatusReport => buildReport({ sections: [buildSection({ commentary })] });
    expect(parseStatusReport(at('x'.repeat(20_000))).ok).toBe(true);
    expect(pathsOf(at('x'.repeat(20_001)))).toEqual(['sections[0].commentary']);
  });

  it('rejects a title when it is empty or only whitespace', () => {
    expect(pathsOf(buildReport({ sections: [buildSection({ title: '   ' })] }))).toEqual(['sections[0].title']);
  });

  it('rejects a section when another section has the same focus area number', () => {
    const sections = [buildSection({ focusAreaNumber: 2 }), buildSection({ focusAreaNumber: 2, title: 'Akuttmedisin og beredskap' })];
    expect(pathsOf(buildReport({ sections }))).toEqual(['sections[1].focusAreaNumber']);
  });

  it('rejects a measure when another in the section has the same title up to case and spacing', () => {
    const paths = pathsOf(
      withMeasures(2, buildMeasure({ title: 'Digital hjemmeoppfølging' }), buildMeasure({ title: ' digital  Hjemmeoppfølging' })),
    );
    expect(paths).toEqual(['sections[2].measures[1].title']);
  });

  it('rejects a measure when it ends before it starts', () => {
    expect(pathsOf(withMeasures(0, buildMeasure({ startsOn: '2024-06-01', endsOn: '2024-05-31' })))).toEqual([
      'sections[0].measures[0].endsOn',
    ]);
  });

  it('rejects patient groups when one is unknown or listed twice', () => {
    expect(pathsOf(withMeasures(0, { ...buildMeasure(), patientGroups: ['YOUTH'] }))).toEqual(['sections[0].measures[0].patientGroups[0]']);
    expect(pathsOf(withMeasures(0, buildMeasure({ patientGroups: ['FRAIL_ELDERLY', 'FRAIL_ELDERLY'] })))).toEqual([
      'sections[0].measures[0].patientGroups',
    ]);
  });

  it('rejects an indicator value when it is not a finite number', () => {
    const report = buildReport({ sections: [buildSection({ targets: [buildTarget({ latestValue: Number.NaN })] })] });
    expect(pathsOf(report)).toEqual(['sections[0].targets[0].latestValue']);
  });

  it('rejects a status and a status reason when they are not on the scale', () => {
    const paths = pathsOf(withMeasures(0, { ...buildMeasure(), status: 'GREEN', statusReason: 'LATE' }));
    expect(paths).toEqual(['sections[0].measures[0].status', 'sections[0].measures[0].statusReason']);
  });

  it('rejects a change when its kind is unknown', () => {
    const section = { ...buildSection(), changes: [{ kind: 'RENAMED', subject: 'x', from: null, to: null }] };
    expect(pathsOf({ ...buildReport(), sections: [section] })).toEqual(['sections[0].changes[0].kind']);
  });
});

describe('priorityPatientGroupLabels', () => {
  it('names the four priority patient groups in Norwegian bokmål and English', () => {
    expect(PRIORITY_PATIENT_GROUPS.map((group) => priorityPatientGroupLabels.nb[group])).toEqual([
      'Barn og unge',
      'Personer med alvorlige psykiske lidelser og rusproblemer',
      'Skrøpelige eldre',
      'Personer med flere kroniske lidelser',
    ]);
    expect(priorityPatientGroupLabels.en.FRAIL_ELDERLY).toBe('Frail elderly');
  });
});

describe('titleKey', () => {
  it('gives the same key when titles differ only in case and spacing', () => {
    expect(titleKey('  Trygg   Akuttmedisin ')).toBe(titleKey('trygg akuttmedisin'));
    expect(titleKey('ØKT bruk')).toBe('økt bruk');
  });
});
