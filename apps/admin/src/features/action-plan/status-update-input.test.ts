import { describe, expect, it } from 'vitest';

import {
  buildIndicatorInput,
  buildMeasureUpdateInput,
  emptyIndicatorValues,
  emptyMeasureUpdateValues,
  parseDecimal,
  parseProgress,
} from './status-update-input';

const today = '2026-11-25';

describe('buildMeasureUpdateInput', () => {
  it('builds the input for the measure: status, progress as a number, the date, a trimmed comment', () => {
    expect(
      buildMeasureUpdateInput(
        { status: 'AT_RISK', progress: ' 90 ', reportedOn: today, comment: '  Tolv kommuner i drift. ' },
        'm1',
        today,
      ),
    ).toEqual({
      ok: true,
      input: { measureId: 'm1', reportedOn: today, status: 'AT_RISK', progress: 90, comment: 'Tolv kommuner i drift.' },
    });
  });

  it('sends no progress when the field is left empty (unchanged)', () => {
    const result = buildMeasureUpdateInput({ ...emptyMeasureUpdateValues(today), status: 'ON_TRACK' }, 'm1', today);
    expect(result.ok && result.input.progress).toBeNull();
  });

  it('defaults the date to today', () => {
    expect(emptyMeasureUpdateValues(today).reportedOn).toBe(today);
    expect(emptyIndicatorValues(today).reportedOn).toBe(today);
  });

  it('names every problem at its field', () => {
    expect(buildMeasureUpdateInput({ status: '', progress: '101', reportedOn: '2026-11-26', comment: '' }, 'm1', today)).toEqual({
      ok: false,
      problems: { status: 'statusRequired', progress: 'progressInvalid', reportedOn: 'dateFuture' },
    });
    expect(buildMeasureUpdateInput({ status: 'DELAYED', progress: '4,5', reportedOn: '', comment: 'x'.repeat(5001) }, 'm1', today)).toEqual(
      {
        ok: false,
        problems: { progress: 'progressInvalid', reportedOn: 'dateRequired', comment: 'commentTooLong' },
      },
    );
    expect(buildMeasureUpdateInput({ status: 'DELAYED', progress: '', reportedOn: '2023-02-29', comment: '' }, 'm1', today)).toEqual({
      ok: false,
      problems: { reportedOn: 'dateInvalid' },
    });
  });
});

describe('buildIndicatorInput', () => {
  it("builds a target's input with the value as a number and no status or progress", () => {
    expect(buildIndicatorInput({ indicatorValue: '312,5', reportedOn: '2026-10-01', comment: '' }, 't1', today)).toEqual({
      ok: true,
      input: { targetId: 't1', reportedOn: '2026-10-01', indicatorValue: 312.5, comment: '' },
    });
  });

  it('requires a number', () => {
    expect(buildIndicatorInput({ ...emptyIndicatorValues(today) }, 't1', today)).toEqual({
      ok: false,
      problems: { indicatorValue: 'valueRequired' },
    });
    expect(buildIndicatorInput({ ...emptyIndicatorValues(today), indicatorValue: 'mange' }, 't1', today)).toEqual({
      ok: false,
      problems: { indicatorValue: 'valueInvalid' },
    });
  });
});

describe('parseProgress', () => {
  it('accepts whole numbers from 0 to 100, and empty for unchanged', () => {
    expect(parseProgress('0')).toBe(0);
    expect(parseProgress('100')).toBe(100);
    expect(parseProgress('')).toBeNull();
    expect(parseProgress('-1')).toBe('invalid');
    expect(parseProgress('50.5')).toBe('invalid');
    expect(parseProgress('1000')).toBe('invalid');
  });
});

describe('parseDecimal', () => {
  it('reads Norwegian and English numbers', () => {
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal('12.5')).toBe(12.5);
    expect(parseDecimal('1 200')).toBe(1200);
    expect(parseDecimal('1\u00a0200')).toBe(1200);
    expect(parseDecimal('-3')).toBe(-3);
    expect(parseDecimal('−3')).toBe(-3);
  });

  it('rejects anything else', () => {
    expect(parseDecimal('')).toBeUndefined();
    expect(parseDecimal('1,2,3')).toBeUndefined();
    expect(parseDecimal('12 %')).toBeUndefined();
    expect(parseDecimal('1e3')).toBeUndefined();
  });
});
