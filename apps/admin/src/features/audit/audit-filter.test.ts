import { describe, expect, it } from 'vitest';

import {
  auditFilterFromSearch,
  auditFilterInput,
  auditFilterSearch,
  checkAuditFilter,
  emptyAuditFilter,
  parseLocalDate,
} from './audit-filter';

describe('parseLocalDate', () => {
  it('reads a real calendar day as local midnight', () => {
    const date = parseLocalDate('2025-03-31');
    expect([date?.getFullYear(), date?.getMonth(), date?.getDate(), date?.getHours()]).toEqual([2025, 2, 31, 0]);
  });

  it('refuses days that do not exist and other text', () => {
    expect(parseLocalDate('2025-02-30')).toBeUndefined();
    expect(parseLocalDate('31.03.2025')).toBeUndefined();
    expect(parseLocalDate('')).toBeUndefined();
  });
});

describe('auditFilterFromSearch and auditFilterSearch', () => {
  it('round-trip a filter through the URL', () => {
    const values = { entityType: 'RoleAssignment', userId: 'u1', from: '2025-01-01', to: '2025-01-31' };
    const search = auditFilterSearch(values);
    expect(search.toString()).toBe('type=RoleAssignment&user=u1&from=2025-01-01&to=2025-01-31');
    expect(auditFilterFromSearch(search)).toEqual(values);
  });

  it('leaves out what is not set and drops what cannot be used', () => {
    expect(auditFilterSearch(emptyAuditFilter).toString()).toBe('');
    expect(auditFilterFromSearch(new URLSearchParams('type=Minutes&from=yesterday&to=2025-13-01'))).toEqual(emptyAuditFilter);
  });
});

describe('checkAuditFilter', () => {
  it('accepts an open or a proper period', () => {
    expect(checkAuditFilter(emptyAuditFilter)).toEqual({});
    expect(checkAuditFilter({ ...emptyAuditFilter, from: '2025-01-01', to: '2025-01-01' })).toEqual({});
  });

  it('reports a period that ends before it starts, and dates that are not dates', () => {
    expect(checkAuditFilter({ ...emptyAuditFilter, from: '2025-02-01', to: '2025-01-31' })).toEqual({ to: 'order' });
    expect(checkAuditFilter({ ...emptyAuditFilter, from: 'x', to: '2025-02-30' })).toEqual({ from: 'date', to: 'date' });
  });
});

describe('auditFilterInput', () => {
  it('sends nulls for an open filter', () => {
    expect(auditFilterInput('c1', emptyAuditFilter)).toEqual({ communityId: 'c1', entityType: null, userId: null, from: null, to: null });
  });

  it('includes the whole last day: to is the local midnight after it', () => {
    const input = auditFilterInput('c1', { entityType: 'Partner', userId: 'u1', from: '2025-01-01', to: '2025-01-31' });
    expect(input.entityType).toBe('Partner');
    expect(input.userId).toBe('u1');
    expect(input.from).toBe(new Date(2025, 0, 1).toISOString());
    expect(input.to).toBe(new Date(2025, 1, 1).toISOString());
  });
});
