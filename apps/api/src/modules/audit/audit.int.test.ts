import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

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
});
