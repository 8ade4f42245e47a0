import { describe, expect, it } from 'vitest';

import { dateFromParam } from './dates';

describe('dateFromParam', () => {
  it('reads the date from the URL, or today, or nothing while today is not known', () => {
    expect(dateFromParam('2026-11-30', '2026-11-25')).toBe('2026-11-30');
    expect(dateFromParam('yesterday', '2026-11-25')).toBe('2026-11-25');
    expect(dateFromParam(null, '2026-11-25')).toBe('2026-11-25');
    expect(dateFromParam('2026-11-30', undefined)).toBe('2026-11-30');
    expect(dateFromParam(null, undefined)).toBeUndefined();
  });
});
