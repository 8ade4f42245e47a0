import { describe, expect, it } from 'vitest';

import schema from '../../../../api/schema.graphql?raw';
import { createI18n } from '../../app/i18n';
import { actionLabel, auditEntityTypes, entityTypeLabel } from './audit-entity-types';

describe('auditEntityTypes', () => {
  it("lists the record types of the API's AuditFilterInput", () => {
    const input = /input AuditFilterInput \{([\s\S]*?)\n\}/.exec(schema)?.[1] ?? '';
    const listed = /The kind of record: ([^.]+)\./.exec(input)?.[1];
    expect(listed?.split(', ')).toEqual([...auditEntityTypes]);
  });
});

describe('labels', () => {
  const { t } = createI18n(undefined);

  it('names record types and actions in Norwegian', () => {
    expect(entityTypeLabel('RoleAssignment', t)).toBe('Rolle');
    expect(entityTypeLabel('PartnerPopulation', t)).toBe('Innbyggertall');
    expect(actionLabel('CREATE', t)).toBe('Opprettet');
    expect(actionLabel('DELETE', t)).toBe('Slettet');
  });

  it('shows what it does not know as the API names it', () => {
    expect(entityTypeLabel('Minutes', t)).toBe('Minutes');
    expect(actionLabel('ARCHIVE', t)).toBe('ARCHIVE');
  });
});
