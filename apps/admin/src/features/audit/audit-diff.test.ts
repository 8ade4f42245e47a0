import { describe, expect, it } from 'vitest';

import { auditValueText, diffRecords, sameJson } from './audit-diff';

describe('diffRecords', () => {
  it('marks only the fields that differ in an update', () => {
    const before = { id: 'p1', year: 2022, population: 1981, partnerId: 'somna' };
    const after = { id: 'p1', year: 2022, population: 2001, partnerId: 'somna' };
    expect(diffRecords(before, after)).toEqual([
      { field: 'id', before: 'p1', after: 'p1', changed: false },
      { field: 'year', before: 2022, after: 2022, changed: false },
      { field: 'population', before: 1981, after: 2001, changed: true },
      { field: 'partnerId', before: 'somna', after: 'somna', changed: false },
    ]);
  });

  it('shows every field as new in a creation and as gone in a deletion', () => {
    expect(diffRecords(null, { id: 'r1', role: 'SSU_MEMBER' })).toEqual([
      { field: 'id', before: undefined, after: 'r1', changed: true },
      { field: 'role', before: undefined, after: 'SSU_MEMBER', changed: true },
    ]);
    expect(diffRecords({ id: 'r1', role: 'ANALYST' }, null)).toEqual([
      { field: 'id', before: 'r1', after: undefined, changed: true },
      { field: 'role', before: 'ANALYST', after: undefined, changed: true },
    ]);
  });

  it('keeps fields that are only before at the end, and tells null from absent', () => {
    const changes = diffRecords({ name: 'Rana', leftOn: null, legacy: 1 }, { name: 'Rana', leftOn: '2025-01-01' });
    expect(changes.map((change) => [change.field, change.changed])).toEqual([
      ['name', false],
      ['leftOn', true],
      ['legacy', true],
    ]);
    expect(diffRecords({ leftOn: null }, {})[0]?.changed).toBe(true);
  });

  it('compares lists and objects by value', () => {
    const changes = diffRecords(
      { members: ['a', 'b'], rules: { meetingsPerYear: 4, decisionRule: 'VOTE' } },
      { members: ['a', 'b'], rules: { decisionRule: 'VOTE', meetingsPerYear: 4 } },
    );
    expect(changes.every((change) => !change.changed)).toBe(true);
    expect(diffRecords({ members: ['a', 'b'] }, { members: ['b', 'a'] })[0]?.changed).toBe(true);
  });

  it('has nothing to show when neither side was recorded', () => {
    expect(diffRecords(null, undefined)).toEqual([]);
  });
});

describe('sameJson', () => {
  it('tells values of different kinds apart', () => {
    expect(sameJson(1, '1')).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson(null, null)).toBe(true);
  });
});

describe('auditValueText', () => {
  it('shows strings as they are and other values as JSON', () => {
    expect(auditValueText('Rana')).toBe('Rana');
    expect(auditValueText(26092)).toBe('26092');
    expect(auditValueText(false)).toBe('false');
    expect(auditValueText(['a', 'b'])).toBe('["a","b"]');
    expect(auditValueText({ decisionRule: 'VOTE' })).toBe('{"decisionRule":"VOTE"}');
  });

  it('has no text for null or a missing value', () => {
    expect(auditValueText(null)).toBeUndefined();
    expect(auditValueText(undefined)).toBeUndefined();
  });
});
