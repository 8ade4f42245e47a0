import { describe, expect, it } from 'vitest';

import { budgetFormValues, buildBudgetInput, parseKroner } from './budget-input';

const target = { communityId: 'c', budgetYear: 2027, fixedShareRatio: 0.2, version: 3 };

describe('parseKroner', () => {
  it('reads whole kroner with spaces, no-break spaces or "kr"', () => {
    expect(parseKroner('900 000')).toBe(900_000);
    expect(parseKroner('900\u00a0000 kr')).toBe(900_000);
    expect(parseKroner('900 000,-')).toBe(900_000);
    expect(parseKroner('0')).toBe(0);
  });

  it('refuses decimals and ambiguous points, negatives, words and more than a thousand billion', () => {
    expect(parseKroner('12,50')).toBeUndefined();
    expect(parseKroner('12.500')).toBeUndefined();
    expect(parseKroner('-5')).toBeUndefined();
    expect(parseKroner('mye')).toBeUndefined();
    expect(parseKroner('')).toBeUndefined();
    expect(parseKroner('1000000000001')).toBeUndefined();
  });
});

describe('buildBudgetInput', () => {
  it('sends no version for a year that has no budget yet', () => {
    const result = buildBudgetInput(budgetFormValues({ costLines: [], stateGrant: 0 }), { ...target, version: null });
    expect(result.ok && result.input.expectedVersion).toBeNull();
  });

  it('sends trimmed descriptions, whole kroner, the fixed share unchanged and the version loaded', () => {
    const values = budgetFormValues({ costLines: [{ label: 'Lønn', amount: 900_000 }], stateGrant: 504_000 });
    values.lines.push({ key: 'new', label: '  Reise  ', amount: '15 000' });
    expect(buildBudgetInput(values, target)).toEqual({
      ok: true,
      input: {
        communityId: 'c',
        budgetYear: 2027,
        fixedShareRatio: 0.2,
        expectedVersion: 3,
        stateGrant: 504_000,
        costLines: [
          { label: 'Lønn', amount: 900_000 },
          { label: 'Reise', amount: 15_000 },
        ],
      },
    });
  });

  it('names every problem by its row and field at once', () => {
    const result = buildBudgetInput(
      {
        lines: [
          { key: 'a', label: ' ', amount: '10' },
          { key: 'b', label: 'Lønn', amount: '12,5' },
          { key: 'c', label: 'x'.repeat(201), amount: 'mange' },
        ],
        stateGrant: '-1',
      },
      target,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        lines: { a: { label: 'labelRequired' }, b: { amount: 'wholeKroner' }, c: { label: 'labelTooLong', amount: 'wholeKroner' } },
        stateGrant: 'wholeKroner',
      },
    });
  });
});
