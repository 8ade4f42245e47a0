import { describe, expect, it } from 'vitest';

import { buildReport } from '../test/factories.js';
import { readStoredStatusReport, upgradeStatusReport } from './upgrade.js';

function without(record: object, ...keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

/** A report as format 1 stored it: `schemaVersion: 1`, no element ids, no carried-over mark. */
function storedFormat1(): Record<string, unknown> {
  const report = buildReport();
  return {
    schemaVersion: 1,
    ...without(report, 'formatVersion', 'sections'),
    sections: report.sections.map((section) => ({
      ...without(section, 'focusAreaId', 'commentaryCarriedOver', 'targets', 'measures'),
      targets: section.targets.map((target) => without(target, 'id')),
      measures: section.measures.map((measure) => without(measure, 'id')),
    })),
  };
}

describe('readStoredStatusReport', () => {
  it('reads a format-1 snapshot as format 2, without inventing ids', () => {
    const read = readStoredStatusReport(storedFormat1());
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.report.formatVersion).toBe(2);
    expect(read.report.sections.map((section) => [section.focusAreaNumber, section.focusAreaId, section.commentaryCarriedOver])).toEqual([
      [1, null, false],
      [2, null, false],
      [3, null, false],
    ]);
    expect(read.report.sections[2]?.measures[0]).toMatchObject({ id: null, title: 'Rekrutteringsprosjekt for leger i Vesterålen' });
    expect(read.report.sections[2]?.targets[0]).toMatchObject({ id: null, indicatorName: 'Ventetid' });
  });

  it('reads a format-2 report as it is', () => {
    const report = buildReport();
    expect(upgradeStatusReport(report)).toBe(report);
    expect(readStoredStatusReport(report)).toEqual({ ok: true, report });
  });

  it('refuses a format it does not know, naming the field', () => {
    const read = readStoredStatusReport({ ...storedFormat1(), schemaVersion: 7 });
    expect(read.ok).toBe(false);
    expect(read.ok ? [] : read.problems.map((problem) => problem.path)).toContain('formatVersion');
  });

  it('leaves a format-1 snapshot it upgrades untouched', () => {
    const stored = storedFormat1();
    const copy = structuredClone(stored);
    upgradeStatusReport(stored);
    expect(stored).toEqual(copy);
  });
});
