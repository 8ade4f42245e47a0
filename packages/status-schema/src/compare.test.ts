import { describe, expect, it } from 'vitest';

import { buildMeasure, buildReport, buildSection, buildTarget } from '../test/factories.js';
import { applyTemplate, changesSince } from './compare.js';
import { statusReportSchema } from './report.js';

describe('changesSince', () => {
  it('reports one NEW_SECTION change when there is no previous section', () => {
    const current = buildSection({ measures: [buildMeasure({ title: 'A' }), buildMeasure({ title: 'B' })] });
    expect(changesSince(null, current)).toEqual([{ kind: 'NEW_SECTION', subject: current.title, from: null, to: null }]);
  });

  it('reports nothing when nothing has changed', () => {
    expect(changesSince(buildSection(), buildSection())).toEqual([]);
  });

  it('reports the section status when it has changed', () => {
    const changes = changesSince(buildSection({ status: 'ON_TRACK' }), buildSection({ status: 'AT_RISK' }));
    expect(changes).toEqual([{ kind: 'STATUS_CHANGED', subject: 'Demografi, rekruttering og teknologi', from: 'ON_TRACK', to: 'AT_RISK' }]);
  });

  it('reports a new and a removed measure when the measures differ', () => {
    const previous = buildSection({ measures: [buildMeasure({ title: 'Rekrutteringsprosjekt' })] });
    const current = buildSection({ measures: [buildMeasure({ title: 'Digital hjemmeoppfølging' })] });
    expect(changesSince(previous, current)).toEqual([
      { kind: 'NEW_MEASURE', subject: 'Digital hjemmeoppfølging', from: null, to: null },
      { kind: 'REMOVED_MEASURE', subject: 'Rekrutteringsprosjekt', from: null, to: null },
    ]);
  });

  it("reports a measure's status and progress when they have changed", () => {
    const previous = buildSection({ measures: [buildMeasure({ status: 'ON_TRACK', progress: 40 })] });
    const current = buildSection({ measures: [buildMeasure({ status: 'DELAYED', progress: 55 })] });
    const subject = 'Rekrutteringsprosjekt for leger i Vesterålen';
    expect(changesSince(previous, current)).toEqual([
      { kind: 'STATUS_CHANGED', subject, from: 'ON_TRACK', to: 'DELAYED' },
      { kind: 'PROGRESS_CHANGED', subject, from: '40', to: '55' },
    ]);
  });

  it('reports progress from null when a measure had no progress before', () => {
    const changes = changesSince(
      buildSection({ measures: [buildMeasure({ progress: null })] }),
      buildSection({ measures: [buildMeasure({ progress: 10 })] }),
    );
    expect(changes).toEqual([{ kind: 'PROGRESS_CHANGED', subject: 'Rekrutteringsprosjekt for leger i Vesterålen', from: null, to: '10' }]);
  });

  it('matches a measure when its title differs only in case and spacing', () => {
    const previous = buildSection({ measures: [buildMeasure({ title: 'Trygg  akuttmedisin' })] });
    const current = buildSection({ measures: [buildMeasure({ title: 'Trygg Akuttmedisin' })] });
    expect(changesSince(previous, current)).toEqual([]);
  });

  it("reports a target's status when it has changed, naming its indicator", () => {
    const previous = buildSection({ targets: [buildTarget({ status: 'ON_TRACK' })] });
    const current = buildSection({ targets: [buildTarget({ status: 'COMPLETED', latestValue: 19 })] });
    expect(changesSince(previous, current)).toEqual([{ kind: 'STATUS_CHANGED', subject: 'Ventetid', from: 'ON_TRACK', to: 'COMPLETED' }]);
  });

  it('does not compare targets when their indicator and due date do not identify one target', () => {
    const twins = [buildTarget({ description: 'Voksne' }), buildTarget({ description: 'Barn' })];
    const previous = buildSection({ targets: twins });
    const current = buildSection({ targets: twins.map((target) => ({ ...target, status: 'DELAYED' as const })) });
    expect(changesSince(previous, current)).toEqual([]);
  });

  it('does not compare targets when their due date has changed', () => {
    const previous = buildSection({ targets: [buildTarget({ dueDate: '2024-12-31' })] });
    const current = buildSection({ targets: [buildTarget({ dueDate: '2025-12-31', status: 'AT_RISK' })] });
    expect(changesSince(previous, current)).toEqual([]);
  });
});

describe('applyTemplate', () => {
  it('compares a renumbered focus area with itself by its id, not with the one that now has its number', () => {
    const akutt = buildSection({ focusAreaId: 'akutt', focusAreaNumber: 1, title: 'Akuttmedisin', status: 'ON_TRACK' });
    const rekruttering = buildSection({ focusAreaId: 'rekruttering', focusAreaNumber: 2, title: 'Rekruttering', status: 'DELAYED' });
    const previous = buildReport({ sections: [akutt, rekruttering] });
    const moved = [
      { ...rekruttering, focusAreaNumber: 1 },
      { ...akutt, focusAreaNumber: 2 },
    ];
    const result = applyTemplate(previous, moved);
    expect(result.map((section) => [section.focusAreaId, section.changes])).toEqual([
      ['akutt', []],
      ['rekruttering', []],
    ]);
  });

  const previous = buildReport({ year: 2023, previousReportYear: 2022 });
  const [one, two, three] = previous.sections.map((section) => ({ ...section, commentary: '' }));
  if (one === undefined || two === undefined || three === undefined) {
    throw new Error('The report factory builds three sections.');
  }

  it('orders sections like the previous report and puts new ones after, in the order given', () => {
    const four = buildSection({ focusAreaNumber: 4, title: 'Barn og unge' });
    const five = buildSection({ focusAreaNumber: 5, title: 'Psykisk helse og rus' });
    const result = applyTemplate(previous, [five, three, four, one, two]);
    expect(result.map((section) => section.focusAreaNumber)).toEqual([1, 2, 3, 5, 4]);
  });

  it('fills changes against the previous section and marks a new section as new', () => {
    const four = buildSection({ focusAreaNumber: 4, title: 'Barn og unge', changes: [] });
    const delayedTwo = { ...two, status: 'DELAYED' as const };
    const result = applyTemplate(previous, [one, delayedTwo, three, four]);
    expect(result.map((section) => section.changes)).toEqual([
      [],
      [{ kind: 'STATUS_CHANGED', subject: 'Akuttmedisin og beredskap', from: 'ON_TRACK', to: 'DELAYED' }],
      [],
      [{ kind: 'NEW_SECTION', subject: 'Barn og unge', from: null, to: null }],
    ]);
  });

  it("does not copy the previous commentary when the new section's commentary is empty", () => {
    const withCommentary = buildReport({ sections: [buildSection({ commentary: 'Prosjektet er godt i gang.' })] });
    const [result] = applyTemplate(withCommentary, [buildSection({ commentary: '' })]);
    expect(result?.commentary).toBe('');
  });

  it('keeps commentary already written for the new report', () => {
    const [result] = applyTemplate(previous, [{ ...three, commentary: 'Nytt i 2024.' }]);
    expect(result?.commentary).toBe('Nytt i 2024.');
  });

  it('replaces changes given with the sections when it fills them', () => {
    const stale = { ...three, changes: [{ kind: 'NEW_MEASURE' as const, subject: 'Gammelt', from: null, to: null }] };
    expect(applyTemplate(previous, [stale])[0]?.changes).toEqual([]);
  });

  it('leaves changes empty when there is no previous report', () => {
    const result = applyTemplate(null, [three, one]);
    expect(result.map((section) => [section.focusAreaNumber, section.changes])).toEqual([
      [3, []],
      [1, []],
    ]);
  });

  it('does not modify the sections or the previous report it is given', () => {
    const sections = [{ ...two, status: 'DELAYED' as const }];
    const before = structuredClone({ previous, sections });
    applyTemplate(previous, sections);
    expect({ previous, sections }).toEqual(before);
  });

  it('produces sections that make a valid report', () => {
    const sections = applyTemplate(previous, [three, buildSection({ focusAreaNumber: 4, title: 'Barn og unge' }), one, two]);
    expect(statusReportSchema.safeParse(buildReport({ sections })).success).toBe(true);
  });
});

describe('matching by stable id', () => {
  it('matches a renumbered and renamed focus area and measure by id, not by number or title', () => {
    const previous = buildReport({
      sections: [
        buildSection({
          focusAreaId: 'area-a',
          focusAreaNumber: 1,
          title: 'Akuttmedisin',
          measures: [buildMeasure({ id: 'measure-a', title: 'Trygg akuttmedisin', progress: 40 })],
        }),
        buildSection({ focusAreaId: 'area-b', focusAreaNumber: 2, title: 'Demografi', measures: [] }),
      ],
    });
    const sections = applyTemplate(previous, [
      buildSection({ focusAreaId: 'area-b', focusAreaNumber: 1, title: 'Demografi', measures: [] }),
      buildSection({
        focusAreaId: 'area-a',
        focusAreaNumber: 2,
        title: 'Akuttmedisin og beredskap',
        measures: [buildMeasure({ id: 'measure-a', title: 'Trygg akuttmedisin i hele regionen', progress: 60 })],
      }),
    ]);
    expect(sections.map((section) => section.focusAreaId)).toEqual(['area-a', 'area-b']);
    expect(sections[0]?.changes).toEqual([
      { kind: 'PROGRESS_CHANGED', subject: 'Trygg akuttmedisin i hele regionen', from: '40', to: '60' },
    ]);
    expect(sections[1]?.changes).toEqual([]);
  });

  it('tells a new measure from last year’s when only the title is the same', () => {
    const previous = buildSection({ focusAreaId: 'area', measures: [buildMeasure({ id: 'old', title: 'Felles opplæring' })] });
    const current = buildSection({ focusAreaId: 'area', measures: [buildMeasure({ id: 'new', title: 'Felles opplæring' })] });
    expect(changesSince(previous, current).map((change) => change.kind)).toEqual(['NEW_MEASURE', 'REMOVED_MEASURE']);
  });

  it('matches by number and title against a report upgraded from version 1, which has no ids', () => {
    const previous = buildReport({
      sections: [buildSection({ focusAreaId: null, focusAreaNumber: 3, measures: [buildMeasure({ id: null, progress: 40 })] })],
    });
    const [section] = applyTemplate(previous, [
      buildSection({ focusAreaId: 'area', measures: [buildMeasure({ id: 'measure', progress: 50 })] }),
    ]);
    expect(section?.changes.map((change) => change.kind)).toEqual(['PROGRESS_CHANGED']);
  });
});

describe('commentary carried over', () => {
  const previous = buildReport({
    sections: [buildSection({ focusAreaId: 'area', focusAreaNumber: 3, commentary: 'Rekrutteringen går etter planen.' })],
  });

  it('starts an unwritten commentary from last year’s text, marked as carried over', () => {
    const [section] = applyTemplate(previous, [buildSection({ focusAreaId: 'area', focusAreaNumber: 4 })], () => false);
    expect(section).toMatchObject({ commentary: 'Rekrutteringen går etter planen.', commentaryCarriedOver: true });
  });

  it('keeps a commentary written this year, even an empty one, unmarked', () => {
    const [written] = applyTemplate(previous, [buildSection({ focusAreaId: 'area', commentary: 'Nytt i år.' })], () => true);
    expect(written).toMatchObject({ commentary: 'Nytt i år.', commentaryCarriedOver: false });
    const [emptied] = applyTemplate(previous, [buildSection({ focusAreaId: 'area', commentary: '' })], () => true);
    expect(emptied).toMatchObject({ commentary: '', commentaryCarriedOver: false });
  });

  it('carries nothing into a new focus area or from an empty commentary', () => {
    const [fresh] = applyTemplate(previous, [buildSection({ focusAreaId: 'other', focusAreaNumber: 3 })], () => false);
    expect(fresh).toMatchObject({ commentary: '', commentaryCarriedOver: false });
    const blank = buildReport({ sections: [buildSection({ focusAreaId: 'area', commentary: '' })] });
    const [none] = applyTemplate(blank, [buildSection({ focusAreaId: 'area' })], () => false);
    expect(none).toMatchObject({ commentary: '', commentaryCarriedOver: false });
  });
});
