import { describe, expect, it } from 'vitest';

import { osloDate } from './norway.js';

describe('osloDate', () => {
  it('gives the date in Norway, one hour ahead of UTC in winter', () => {
    expect(osloDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(osloDate(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
    expect(osloDate(new Date('2026-12-31T12:00:00Z'))).toBe('2026-12-31');
  });

  it('follows summer time (UTC+2)', () => {
    expect(osloDate(new Date('2027-06-30T21:59:59Z'))).toBe('2027-06-30');
    expect(osloDate(new Date('2027-06-30T22:00:00Z'))).toBe('2027-07-01');
  });
});
