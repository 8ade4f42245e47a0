import { describe, expect, it } from 'vitest';

import { buildReport } from '../test/factories.js';
import { parseStatusReport } from './report.js';
import { upgradeStatusReport } from './upgrade.js';

function without(record: object, ...keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

/** A report as version 1 stored it: `schemaVersion: 1`, no element ids, no carried-over mark. */
function storedVersion1(): Record<string, unknown> {
  const report = buildReport();
  return {
    schemaVersion: 1,
    ...without(report, 'schemaVersion', 'sections'),
    sections: report.sections.map((section) => ({
      ...without(section, 'focusAreaId', 'commentaryCarriedOver', 'targets', 'measures'),
      targets: section.targets.map((target) => without(target, 'id')),
      measures: section.measures.map((measure) => without(measure, 'id')),
    })),
  };
}

describe('parseStatusReport of a stored snapshot', () => {
  it('reads a version 1 snapshot as version 2, without inventing ids', () => {
    const read = parseStatusReport(storedVersion1());
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.report.schemaVersion).toBe(2);
    expect(read.report.sections.map((section) => [section.focusAreaNumber, section.focusAreaId, section.commentaryCarriedOver])).toEqual([
      [1, null, false],
      [2, null, false],
      [3, null, false],
    ]);
    expect(read.report.sections[2]?.measures[0]).toMatchObject({ id: null, title: 'Rekrutteringsprosjekt for leger i Vesterålen' });
    expect(read.report.sections[2]?.targets[0]).toMatchObject({ id: null, indicatorName: 'Ventetid' });
  });

  it('reads a version 2 report as it is', () => {
    const report = buildReport();
    expect(upgradeStatusReport(report)).toBe(report);
    expect(parseStatusReport(report)).toEqual({ ok: true, report });
  });

  it('refuses a version it does not know, naming the field', () => {
    const read = parseStatusReport({ ...storedVersion1(), schemaVersion: 7 });
    expect(read.ok).toBe(false);
    expect(read.ok ? [] : read.problems.map((problem) => problem.path)).toContain('schemaVersion');
  });

  it('leaves a version 1 snapshot it upgrades untouched', () => {
    const stored = storedVersion1();
    const copy = structuredClone(stored);
    upgradeStatusReport(stored);
    expect(stored).toEqual(copy);
  });
});
