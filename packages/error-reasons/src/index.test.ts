import { describe, expect, it } from 'vitest';
import { isReason, REASON_AREAS, REASON_NAMES, REASONS } from './index.js';

describe('the reason list', () => {
  it('declares each reason in exactly one area, and merges every area', () => {
    const declared = Object.values(REASON_AREAS).flatMap((area) => Object.keys(area));
    expect(new Set(declared).size).toBe(declared.length);
    expect(Object.keys(REASONS).sort()).toEqual(declared.sort());
  });

  it('names reasons in SCREAMING_SNAKE_CASE, stable enough to be translated by name', () => {
    for (const name of REASON_NAMES) expect(name).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
  });

  it('recognises only declared reasons', () => {
    expect(isReason('NOT_FOUND')).toBe(true);
    expect(isReason('toString')).toBe(false);
    expect(isReason('Not found')).toBe(false);
  });
});
