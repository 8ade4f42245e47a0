import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must, signInAs } from '../../../test/factories.js';
import { testClock } from '../../../test/clock.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const updatePerson = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id name title email phone partnerId side } }`;
const personQuery = `query($id: ID!) { person(id: $id) { name email side appointments { id } } }`;
const appoint = 'mutation($input: AppointInput!) { appoint(input: $input) { id person { id } } }';

interface PersonView {
  id: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  partnerId: string | null;
  side: string | null;
}

/** A community with an SSU of one seat per regional council, and a person the first council appointed. */
async function buildWorld() {
  const community = await buildCommunity(app, { municipalities: 2, regionalCouncils: 2, organs: 0 });
  const run = <T>(query: string, variables: Record<string, unknown>) => must<T>(app, query, variables, community.secretariat);
  const organ = await run<{ createOrgan: { id: string } }>('mutation($input: CreateOrganInput!) { createOrgan(input: $input) { id } }', {
    input: { communityId: community.id, name: 'SSU', kind: 'STRATEGIC_COMMITTEE', rules: { decisionRule: 'VOTE' } },
  });
  const seat = async (index: number) =>
    (
      await run<{ createSeat: { id: string } }>('mutation($input: CreateSeatInput!) { createSeat(input: $input) { id } }', {
        input: {
          organId: organ.createOrgan.id,
          label: `Kommunal ${index + 1}`,
          side: 'MUNICIPAL',
          voting: true,
          appointingBody: { kind: 'REGIONAL_COUNCIL', regionalCouncilId: community.regionalCouncilIds[index] },
        },
      })
    ).createSeat.id;
  const council = await signInAs(app, {
    role: 'REGIONAL_COUNCIL',
    communityId: community.id,
    regionalCouncilId: community.regionalCouncilIds[0],
  });
  const otherCouncil = await signInAs(app, {
    role: 'REGIONAL_COUNCIL',
    communityId: community.id,
    regionalCouncilId: community.regionalCouncilIds[1],
  });
  const firstSeat = await seat(0);
  await seat(1);
  const appointed = await must<{ appoint: { person: { id: string } } }>(
    app,
    appoint,
    {
      input: {
        seatId: firstSeat,
        newPerson: { name: 'Kari Feilstavet', email: 'kari@feil.example', partnerId: community.hospitalTrustId },
        role: 'MEMBER',
        startsOn: testClock.today(),
        decisionReference: 'Regionrådet sak 3/2025',
      },
    },
    council,
  );
  return { community, council, otherCouncil, personId: appointed.appoint.person.id };
}

describe('correcting a person', () => {
  it("lets the secretariat correct a person's name, e-mail and partner, so the side follows, audited with before and after", async () => {
    const world = await buildWorld();
    const corrected = await must<{ updatePerson: PersonView }>(
      app,
      updatePerson,
      {
        input: {
          personId: world.personId,
          name: '  Kari Nordmann ',
          email: 'Kari.Nordmann@kommune.example',
          partnerId: world.community.municipalityIds[0],
        },
      },
      world.community.secretariat,
    );
    expect(corrected.updatePerson).toMatchObject({
      name: 'Kari Nordmann',
      email: 'kari.nordmann@kommune.example',
      partnerId: world.community.municipalityIds[0],
      side: 'MUNICIPAL',
      title: null,
    });
    // The appointment points at the same person: the correction shows wherever she sits.
    const read = await must<{ person: { name: string; appointments: unknown[] } }>(
      app,
      personQuery,
      { id: world.personId },
      world.community.secretariat,
    );
    expect(read.person).toMatchObject({ name: 'Kari Nordmann' });
    expect(read.person.appointments).toHaveLength(1);
    const [event] = await app.sql<{ before: { name: string; partnerId: string }; after: { name: string; email: string } }>(
      `SELECT before, after FROM audit_event WHERE entity_type = 'Person' AND entity_id = $1 AND action = 'UPDATE'`,
      [world.personId],
    );
    expect(event?.before).toMatchObject({ name: 'Kari Feilstavet', partnerId: world.community.hospitalTrustId });
    expect(event?.after).toMatchObject({ name: 'Kari Nordmann', email: 'kari.nordmann@kommune.example' });
  });

  it('refuses the secretariat of another community, and a partner of another community, changing nothing', async () => {
    const world = await buildWorld();
    const other = await buildCommunity(app, { municipalities: 1 });
    const foreign = await app.gql(updatePerson, { input: { personId: world.personId, name: 'Kapret' } }, other.secretariat.cookie);
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const foreignPartner = await app.gql(
      updatePerson,
      { input: { personId: world.personId, partnerId: other.hospitalTrustId } },
      world.community.secretariat.cookie,
    );
    expect(foreignPartner.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PERSON_PARTNER_NOT_IN_COMMUNITY' });
    const blank = await app.gql(updatePerson, { input: { personId: world.personId, name: '   ' } }, world.community.secretariat.cookie);
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const read = await must<{ person: { name: string; side: string } }>(
      app,
      personQuery,
      { id: world.personId },
      world.community.secretariat,
    );
    expect(read.person).toMatchObject({ name: 'Kari Feilstavet', side: 'HOSPITAL' });
  });

  it('lets the regional council that appointed a person correct the name and partner, but not the e-mail; another council nothing', async () => {
    const world = await buildWorld();
    const renamed = await must<{ updatePerson: PersonView }>(
      app,
      updatePerson,
      { input: { personId: world.personId, name: 'Kari Nordmann', partnerId: world.community.municipalityIds[1] } },
      world.council,
    );
    // The council does not see contact data, in the answer either.
    expect(renamed.updatePerson).toMatchObject({ name: 'Kari Nordmann', side: 'MUNICIPAL', email: null });
    expect(
      (await app.gql(updatePerson, { input: { personId: world.personId, email: 'ny@kommune.example' } }, world.council.cookie)).errors?.[0]
        ?.extensions,
    ).toMatchObject({ code: 'FORBIDDEN', reason: 'PERSON_CONTACT_BY_SECRETARIAT' });
    expect(
      (await app.gql(updatePerson, { input: { personId: world.personId, name: 'Noen Andre' } }, world.otherCouncil.cookie)).errors?.[0]
        ?.extensions,
    ).toMatchObject({ code: 'FORBIDDEN', reason: 'PERSON_APPOINTED_BY_OTHER_BODY' });
    const read = await must<{ person: { name: string; email: string } }>(
      app,
      personQuery,
      { id: world.personId },
      world.community.secretariat,
    );
    expect(read.person).toMatchObject({ name: 'Kari Nordmann', email: 'kari@feil.example' });
  });
});
