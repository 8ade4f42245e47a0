import { describe, expect, it } from 'vitest';

import { apiTokenState } from './api-token-state';

const now = new Date('2026-12-02T12:00:00Z');

describe('apiTokenState', () => {
  it('is revoked once revoked, even before it would expire', () => {
    expect(apiTokenState({ revokedAt: '2026-12-01T08:00:00Z', expiresAt: '2027-03-01T00:00:00Z' }, now)).toBe('revoked');
  });
  it('is expired from the moment it expires', () => {
    expect(apiTokenState({ revokedAt: null, expiresAt: '2026-12-02T12:00:00Z' }, now)).toBe('expired');
  });
  it('is active before that', () => {
    expect(apiTokenState({ revokedAt: null, expiresAt: '2026-12-02T12:00:01Z' }, now)).toBe('active');
  });
});
