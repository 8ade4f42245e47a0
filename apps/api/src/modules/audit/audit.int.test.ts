import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { AUDITED_ENTITY_TYPES } from './audit.inputs.js';
import { NAMED_RECORD_TYPES } from './audit-record-names.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

type Event = {
  action: string;
  entityType: string;
  entityId: string;
  actorEmail: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};
const auditQuery = `query($filter: AuditFilterInput!, $first: Int, $before: String) {
  auditEvents(filter: $filter, first: $first, before: $before) { events { id action entityType entityId actorEmail before after } nextBefore }
}`;

describe('audit log', () => {
  it('records who changed what, with the record before and after', async () => {
    const community = await buildCommunity(app, { municipalities: 1 });
    const partnerId = community.municipalityIds[0];
    await must(
      app,
      `mutation($id: ID!) { updatePartner(id: $id, input: { name: "Nytt navn" }) { id } }`,
      { id: partnerId },
      community.secretariat,
    );
    const page = await must<{ auditEvents: { events: Event[] } }>(
      app,
      auditQuery,
      { filter: { communityId: community.id, entityType: 'Partner', entityId: partnerId } },
      community.secretariat,
    );
    const [update, create] = page.auditEvents.events;
    expect(update).toMatchObject({
      action: 'UPDATE',
      actorEmail: community.secretariat.email,
      before: { name: 'Kommune 1' },
      after: { name: 'Nytt navn' },
    });
    expect(create).toMatchObject({ action: 'CREATE', before: null, after: { name: 'Kommune 1', municipalityNumber: '1000' } });
    expect(page.auditEvents.events).toHaveLength(2);
  });

  it('writes no event when the change is refused, because both share one transaction', async () => {
    const community = await buildCommunity(app, { municipalities: 1, regionalCouncils: 1 });
    const [{ count: before } = { count: '0' }] = await app.sql<{ count: string }>(
      'SELECT count(*) FROM audit_event WHERE community_id = $1',
      [community.id],
    );
    const refused = await app.gql(
      `mutation($input: CreateRegionalCouncilInput!) { createRegionalCouncil(input: $input) { id } }`,
      { input: { communityId: community.id, name: 'Dobbelt', memberPartnerIds: community.municipalityIds } },
      community.secretariat.cookie,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const [{ count: after } = { count: '0' }] = await app.sql<{ count: string }>(
      'SELECT count(*) FROM audit_event WHERE community_id = $1',
      [community.id],
    );
    expect(after).toBe(before);
    expect(await app.sql(`SELECT 1 FROM regional_council WHERE community_id = $1 AND name = 'Dobbelt'`, [community.id])).toEqual([]);
  });

  it('cannot be changed or deleted through the application’s database role', async () => {
    const community = await buildCommunity(app, { municipalities: 1 });
    await expect(app.sql(`UPDATE audit_event SET action = 'FORGED' WHERE community_id = $1`, [community.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(app.sql(`DELETE FROM audit_event WHERE community_id = $1`, [community.id])).rejects.toThrow(/append-only/);
    // The application's role owns no table and so may not TRUNCATE; the owner meets the trigger (test/database-roles).
    await expect(app.sql(`TRUNCATE audit_event`)).rejects.toThrow(/permission denied/);
    const rows = await app.sql<{ action: string }>('SELECT action FROM audit_event WHERE community_id = $1', [community.id]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.action !== 'FORGED')).toBe(true);
  });

  it('pages newest first and filters by user and period', async () => {
    const community = await buildCommunity(app, { municipalities: 3 });
    const first = await must<{ auditEvents: { events: { id: string }[]; nextBefore: string | null } }>(
      app,
      auditQuery,
      { filter: { communityId: community.id }, first: 2 },
      community.secretariat,
    );
    expect(first.auditEvents.events).toHaveLength(2);
    expect(first.auditEvents.nextBefore).toBe(first.auditEvents.events[1]?.id);
    const second = await must<{ auditEvents: { events: { id: string }[] } }>(
      app,
      auditQuery,
      { filter: { communityId: community.id }, first: 2, before: first.auditEvents.nextBefore },
      community.secretariat,
    );
    expect(Number(second.auditEvents.events[0]?.id)).toBeLessThan(Number(first.auditEvents.events[1]?.id));

    const byUser = await must<{ auditEvents: { events: Event[] } }>(
      app,
      auditQuery,
      { filter: { communityId: community.id, userId: community.secretariat.userId } },
      community.secretariat,
    );
    expect(byUser.auditEvents.events.length).toBeGreaterThanOrEqual(7);
    const future = await must<{ auditEvents: { events: Event[] } }>(
      app,
      auditQuery,
      { filter: { communityId: community.id, from: new Date(Date.now() + 60_000).toISOString() } },
      community.secretariat,
    );
    expect(future.auditEvents.events).toEqual([]);
  });

  it("refuses another community's secretariat, an unknown record type and a bad page size", async () => {
    const community = await buildCommunity(app, { municipalities: 0 });
    const other = await buildCommunity(app, { municipalities: 0 });
    const foreign = await app.gql(auditQuery, { filter: { communityId: community.id } }, other.secretariat.cookie);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const badType = await app.gql(
      auditQuery,
      { filter: { communityId: community.id, entityType: 'Nonsense' } },
      community.secretariat.cookie,
    );
    expect(badType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badSize = await app.gql(auditQuery, { filter: { communityId: community.id }, first: 1000 }, community.secretariat.cookie);
    expect(badSize.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', reason: 'OUT_OF_RANGE', params: { min: 1, max: 200 }, field: 'first' },
    });
    const badCursor = await app.gql(auditQuery, { filter: { communityId: community.id }, before: 'x' }, community.secretariat.cookie);
    expect(badCursor.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_PAGE_CURSOR', field: 'before' } });
  });

  it('names each record as it is called now, one statement per record type whatever the number of events', async () => {
    const small = await buildCommunity(app, { municipalities: 1, regionalCouncils: 1, organs: 1 });
    const large = await buildCommunity(app, { municipalities: 6, regionalCouncils: 2, organs: 3 });
    await must(
      app,
      `mutation($id: ID!) { updatePartner(id: $id, input: { name: "Nytt navn" }) { id } }`,
      { id: large.municipalityIds[0] },
      large.secretariat,
    );
    const named = `query($filter: AuditFilterInput!) { auditEvents(filter: $filter, first: 200) { events { entityType entityId entityName } } }`;
    const plain = `query($filter: AuditFilterInput!) { auditEvents(filter: $filter, first: 200) { events { entityType entityId } } }`;
    const count = async (community: typeof small, query: string) =>
      app.countStatements(() =>
        must<{ auditEvents: { events: { entityType: string; entityId: string; entityName?: string | null }[] } }>(
          app,
          query,
          { filter: { communityId: community.id } },
          community.secretariat,
        ),
      );

    const { result, statements } = await count(large, named);
    const events = result.auditEvents.events;
    const name = (type: string, id: string | undefined) =>
      events.find((event) => event.entityType === type && event.entityId === id)?.entityName;
    // The partner renamed since its creation: both events show the name it has now.
    expect(events.filter((event) => event.entityId === large.municipalityIds[0]).map((event) => event.entityName)).toEqual([
      'Nytt navn',
      'Nytt navn',
    ]);
    expect(name('Partner', large.hospitalTrustId)).toBe('Testsykehuset HF');
    expect(name('PartnerPopulation', `${large.municipalityIds[1]}/2022`)).toBe('Kommune 2 – 2022');
    expect(name('RegionalCouncil', large.regionalCouncilIds[1])).toBe('Regionråd 2');
    expect(events.filter((event) => event.entityType === 'Organ').map((event) => event.entityName)).toEqual([
      'Utvalg 3',
      'Utvalg 2',
      'Utvalg 1',
    ]);
    expect(events.every((event) => typeof event.entityName === 'string')).toBe(true);

    const types = new Set(events.map((event) => event.entityType)).size;
    const without = await count(large, plain);
    expect(statements).toBe(without.statements + types);
    const fewer = await count(small, named);
    expect(new Set(fewer.result.auditEvents.events.map((event) => event.entityType)).size).toBe(types);
    expect(fewer.statements).toBe(statements);
  });

  it('can name every record type the log records, each with a statement PostgreSQL accepts', async () => {
    expect(NAMED_RECORD_TYPES).toEqual(expect.arrayContaining([...AUDITED_ENTITY_TYPES]));
    for (const type of NAMED_RECORD_TYPES) {
      const exampleIds: Record<string, string> = {
        PartnerPopulation: `${randomUUID()}/2024`,
        OrganRuleVersion: `${randomUUID()}/2024-01-01`,
        MeetingPlan: `${randomUUID()}/2024`,
        PopulationImport: 'ab'.repeat(32),
      };
      const id = exampleIds[type] ?? randomUUID();
      expect(await app.repositories.audit.readRecordNames(type, [id]), type).toEqual(new Map());
    }
  });
});
