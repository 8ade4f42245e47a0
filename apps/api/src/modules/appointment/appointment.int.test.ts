import { addDays } from '@helsefellesskap/calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must, signInAs, type CommunityFixture, type Session } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { testClock } from '../../../test/clock.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

interface Board {
  community: CommunityFixture;
  organId: string;
  electorId: string;
  hospitalSeat: string;
  councilSeat: string;
  council: Session;
  otherCouncil: Session;
}

const createSeat = 'mutation($input: CreateSeatInput!) { createSeat(input: $input) { id } }';
const appoint = 'mutation($input: AppointInput!) { appoint(input: $input) { id role startsOn endsOn appointedBy person { id name } } }';

/** A committee with one hospital and one council seat, officers elected by a partnership meeting, chair rotating every 2 years. */
async function buildBoard(): Promise<Board> {
  const community = await buildCommunity(app, { municipalities: 2, regionalCouncils: 2, organs: 0 });
  const run = <T>(query: string, variables: Record<string, unknown>) => must<T>(app, query, variables, community.secretariat);
  const elector = await run<{ createOrgan: { id: string } }>('mutation($input: CreateOrganInput!) { createOrgan(input: $input) { id } }', {
    input: { communityId: community.id, name: 'Partnerskapsmøtet', kind: 'PARTNERSHIP_MEETING', rules: { decisionRule: 'CONSENSUS' } },
  });
  const organ = await run<{ createOrgan: { id: string } }>('mutation($input: CreateOrganInput!) { createOrgan(input: $input) { id } }', {
    input: {
      communityId: community.id,
      name: 'SSU',
      kind: 'STRATEGIC_COMMITTEE',
      rules: { decisionRule: 'VOTE', officersElectedByOrganId: elector.createOrgan.id, chairRotationYears: 2 },
    },
  });
  const seat = async (label: string, side: string, appointingBody: Record<string, unknown>) =>
    (
      await run<{ createSeat: { id: string } }>(createSeat, {
        input: { organId: organ.createOrgan.id, label, side, voting: true, appointingBody },
      })
    ).createSeat.id;
  return {
    community,
    organId: organ.createOrgan.id,
    electorId: elector.createOrgan.id,
    hospitalSeat: await seat('Sykehuset 1', 'HOSPITAL', { kind: 'PARTNER', partnerId: community.hospitalTrustId }),
    councilSeat: await seat('Kommunal 1', 'MUNICIPAL', { kind: 'REGIONAL_COUNCIL', regionalCouncilId: community.regionalCouncilIds[0] }),
    council: await signInAs(app, {
      role: 'REGIONAL_COUNCIL',
      communityId: community.id,
      regionalCouncilId: community.regionalCouncilIds[0],
    }),
    otherCouncil: await signInAs(app, {
      role: 'REGIONAL_COUNCIL',
      communityId: community.id,
      regionalCouncilId: community.regionalCouncilIds[1],
    }),
  };
}

type Appointed = {
  appoint: { id: string; role: string; startsOn: string; endsOn: string | null; appointedBy: string; person: { id: string; name: string } };
};
const composition = `query($id: ID!, $at: LocalDate) { community(id: $id) { organs { name members(at: $at) { role person { name } seat { label } } } } }`;

async function membersOn(board: Board, at: string): Promise<string[]> {
  const data = await must<{ community: { organs: { name: string; members: { role: string; person: { name: string } }[] }[] } }>(
    app,
    composition,
    {
      id: board.community.id,
      at,
    },
  );
  const ssu = data.community.organs.find((organ) => organ.name === 'SSU');
  return (ssu?.members ?? []).map((member) => `${member.role} ${member.person.name}`).sort();
}

describe('appointments', () => {
  it('lets a regional council replace its member and personal deputy; the composition differs before and after, the history keeps both', async () => {
    const board = await buildBoard();
    const first = await must<Appointed>(
      app,
      appoint,
      {
        input: {
          seatId: board.councilSeat,
          newPerson: { name: 'Kari Før' },
          role: 'MEMBER',
          startsOn: '2023-01-01',
          endsOn: '2026-12-31',
          decisionReference: 'Råd sak 1/2023',
        },
      },
      board.council,
    );
    expect(first.appoint.appointedBy).toBe('Regionråd 1');
    await must(
      app,
      appoint,
      {
        input: {
          seatId: board.councilSeat,
          newPerson: { name: 'Vara Før' },
          role: 'PERSONAL_DEPUTY',
          deputyForAppointmentId: first.appoint.id,
          startsOn: '2023-01-01',
          endsOn: '2026-12-31',
          decisionReference: 'Råd sak 1/2023',
        },
      },
      board.council,
    );

    const replacement = await must<Appointed>(
      app,
      appoint,
      {
        input: {
          seatId: board.councilSeat,
          newPerson: { name: 'Ola Etter' },
          role: 'MEMBER',
          startsOn: '2025-03-01',
          endsOn: '2026-12-31',
          decisionReference: 'Råd sak 7/2025',
          replaceCurrent: true,
        },
      },
      board.council,
    );
    await must(
      app,
      appoint,
      {
        input: {
          seatId: board.councilSeat,
          newPerson: { name: 'Vara Etter' },
          role: 'PERSONAL_DEPUTY',
          deputyForAppointmentId: replacement.appoint.id,
          startsOn: '2025-03-01',
          endsOn: '2026-12-31',
          decisionReference: 'Råd sak 7/2025',
        },
      },
      board.council,
    );

    expect(await membersOn(board, '2025-02-28')).toEqual(['MEMBER Kari Før', 'PERSONAL_DEPUTY Vara Før']);
    expect(await membersOn(board, '2025-03-01')).toEqual(['MEMBER Ola Etter', 'PERSONAL_DEPUTY Vara Etter']);

    const history = await must<{
      community: {
        regionalCouncils: {
          seats: { label: string; history: { role: string; startsOn: string; endsOn: string; person: { name: string } }[] }[];
        }[];
      };
    }>(
      app,
      `query($id: ID!) { community(id: $id) { regionalCouncils { seats { label history { role startsOn endsOn person { name } } } } } }`,
      { id: board.community.id },
    );
    const seat = history.community.regionalCouncils[0]?.seats[0];
    expect(seat?.label).toBe('Kommunal 1');
    expect(seat?.history.map((entry) => [entry.role, entry.person.name, entry.startsOn, entry.endsOn])).toEqual([
      ['MEMBER', 'Kari Før', '2023-01-01', '2025-02-28'],
      ['PERSONAL_DEPUTY', 'Vara Før', '2023-01-01', '2025-02-28'],
      ['MEMBER', 'Ola Etter', '2025-03-01', '2026-12-31'],
      ['PERSONAL_DEPUTY', 'Vara Etter', '2025-03-01', '2026-12-31'],
    ]);
    expect(history.community.regionalCouncils[1]?.seats).toEqual([]);
  });

  it('refuses a second member on a seat, and PostgreSQL refuses it too', async () => {
    const board = await buildBoard();
    const input = { seatId: board.hospitalSeat, role: 'MEMBER', startsOn: '2025-01-01', decisionReference: 'HF 1/2025' };
    const first = await must<Appointed>(app, appoint, { input: { ...input, newPerson: { name: 'A' } } }, board.community.secretariat);
    const second = await app.gql(
      appoint,
      { input: { ...input, newPerson: { name: 'B' }, startsOn: '2026-01-01' } },
      board.community.secretariat.cookie,
    );
    expect(second.errors?.[0]).toMatchObject({
      extensions: {
        code: 'CONFLICT',
        reason: 'SEAT_TAKEN',
        params: { holderName: 'A', startsOn: '2025-01-01', endsOn: null },
        field: 'startsOn',
      },
    });
    await expect(
      app.sql(
        `INSERT INTO appointment (community_id, seat_id, person_id, role, starts_on, appointed_by, decision_reference) VALUES ($1, $2, $3, 'MEMBER', '2026-01-01', 'x', 'x')`,
        [board.community.id, board.hospitalSeat, first.appoint.person.id],
      ),
    ).rejects.toThrow(/ex_appointment_one_member_per_seat/);
    expect(await app.sql(`SELECT 1 FROM person WHERE community_id = $1 AND name = 'B'`, [board.community.id])).toEqual([]);
  });

  it('keeps a regional council to its own seats and its own kind of decision', async () => {
    const board = await buildBoard();
    const input = { newPerson: { name: 'X' }, role: 'MEMBER', startsOn: '2025-01-01', decisionReference: 'Sak 1' };
    for (const [seatId, session, body] of [
      [board.councilSeat, board.otherCouncil, 'Regionråd 1'],
      [board.hospitalSeat, board.council, 'Testsykehuset HF'],
    ] as const) {
      const refused = await app.gql(appoint, { input: { ...input, seatId } }, session.cookie);
      expect(refused.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'APPOINTED_BY_OTHER_BODY', params: { body } });
    }
  });

  it('keeps a personal deputy within the member’s period and on the member’s seat', async () => {
    const board = await buildBoard();
    const member = await must<Appointed>(
      app,
      appoint,
      {
        input: {
          seatId: board.councilSeat,
          newPerson: { name: 'M' },
          role: 'MEMBER',
          startsOn: '2025-01-01',
          endsOn: '2026-12-31',
          decisionReference: 'R 1',
        },
      },
      board.council,
    );
    const outside = await app.gql(
      appoint,
      {
        input: {
          seatId: board.councilSeat,
          newPerson: { name: 'D' },
          role: 'PERSONAL_DEPUTY',
          deputyForAppointmentId: member.appoint.id,
          startsOn: '2025-01-01',
          decisionReference: 'R 1',
        },
      },
      board.council.cookie,
    );
    expect(outside.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'endsOn' } });
    const withoutMember = await app.gql(
      appoint,
      {
        input: {
          seatId: board.councilSeat,
          newPerson: { name: 'D' },
          role: 'PERSONAL_DEPUTY',
          startsOn: '2025-01-01',
          endsOn: '2026-12-31',
          decisionReference: 'R 1',
        },
      },
      board.council.cookie,
    );
    expect(withoutMember.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'deputyForAppointmentId' } });
  });

  it('elects the chair among the voting members, alternating sides every two years', async () => {
    const board = await buildBoard();
    const secretariat = board.community.secretariat;
    const hospitalMember = await must<Appointed>(
      app,
      appoint,
      {
        input: { seatId: board.hospitalSeat, newPerson: { name: 'H' }, role: 'MEMBER', startsOn: '2023-01-01', decisionReference: 'HF 1' },
      },
      secretariat,
    );
    const councilMember = await must<Appointed>(
      app,
      appoint,
      { input: { seatId: board.councilSeat, newPerson: { name: 'K' }, role: 'MEMBER', startsOn: '2023-01-01', decisionReference: 'R 1' } },
      secretariat,
    );
    const chair = (seatId: string, personId: string, startsOn: string, endsOn: string | null) =>
      app.gql<Appointed>(
        appoint,
        { input: { seatId, personId, role: 'CHAIR', startsOn, endsOn, decisionReference: 'PM 1' } },
        secretariat.cookie,
      );

    const first = await chair(board.hospitalSeat, hospitalMember.appoint.person.id, '2023-01-01', '2024-12-31');
    expect(first.data?.appoint.appointedBy).toBe('Partnerskapsmøtet');
    const sameSide = await chair(board.hospitalSeat, hospitalMember.appoint.person.id, '2025-01-01', '2026-12-31');
    expect(sameSide.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(sameSide.errors?.[0]?.message).toMatch(/alternates/);
    const tooLong = await chair(board.councilSeat, councilMember.appoint.person.id, '2025-01-01', '2027-06-30');
    expect(tooLong.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'endsOn' } });
    const notMember = await chair(board.councilSeat, hospitalMember.appoint.person.id, '2025-01-01', '2026-12-31');
    expect(notMember.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'personId' } });
    const otherSide = await chair(board.councilSeat, councilMember.appoint.person.id, '2025-01-01', '2026-12-31');
    expect(otherSide.errors).toBeUndefined();

    const council = await app.gql(
      appoint,
      {
        input: {
          seatId: board.councilSeat,
          personId: councilMember.appoint.person.id,
          role: 'CHAIR',
          startsOn: '2027-01-01',
          endsOn: '2028-12-31',
          decisionReference: 'x',
        },
      },
      board.council.cookie,
    );
    expect(council.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reports vacancies and broken parity, and lists terms that end soon', async () => {
    const board = await buildBoard();
    const secretariat = board.community.secretariat;
    const soon = addDays(testClock.today(), 10);
    await must(
      app,
      appoint,
      {
        input: {
          seatId: board.hospitalSeat,
          newPerson: { name: 'H' },
          role: 'MEMBER',
          startsOn: '2024-01-01',
          endsOn: soon,
          decisionReference: 'HF 1',
        },
      },
      secretariat,
    );
    const report = await must<{
      community: { organs: { name: string; vacancies: { label: string }[]; parity: { balanced: boolean; problems: unknown[] } }[] };
    }>(
      app,
      `query($id: ID!) { community(id: $id) { organs { name vacancies { label } parity { balanced problems { kind hospital municipal } } } } }`,
      {
        id: board.community.id,
      },
    );
    const ssu = report.community.organs.find((organ) => organ.name === 'SSU');
    expect(ssu?.vacancies.map((seat) => seat.label)).toEqual(['Kommunal 1']);
    expect(ssu?.parity).toEqual({
      balanced: false,
      problems: [
        { kind: 'MEMBERS_UNEQUAL', hospital: 1, municipal: 0 },
        { kind: 'SEATS_VACANT', hospital: 0, municipal: 1 },
      ],
    });

    const ending = await must<{ appointmentsEndingSoon: { endsOn: string; person: { name: string } }[] }>(
      app,
      'query($id: ID!) { appointmentsEndingSoon(communityId: $id, withinDays: 30) { endsOn person { name } } }',
      { id: board.community.id },
      board.council,
    );
    expect(ending.appointmentsEndingSoon).toEqual([{ endsOn: soon, person: { name: 'H' } }]);
    const councilOnly = await must<{ appointmentsEndingSoon: unknown[] }>(
      app,
      'query($id: ID!, $council: ID) { appointmentsEndingSoon(communityId: $id, withinDays: 30, regionalCouncilId: $council) { id } }',
      { id: board.community.id, council: board.community.regionalCouncilIds[0] },
      board.council,
    );
    expect(councilOnly.appointmentsEndingSoon).toEqual([]);
  });

  it("shows a person's contact data to the secretariat only, and audits every appointment", async () => {
    const board = await buildBoard();
    const appointed = await must<Appointed>(
      app,
      appoint,
      {
        input: {
          seatId: board.councilSeat,
          newPerson: { name: 'P', email: 'p@kommune.example', phone: '+47 123' },
          role: 'MEMBER',
          startsOn: '2025-01-01',
          decisionReference: 'R 2',
        },
      },
      board.council,
    );
    const query = 'query($id: ID!) { person(id: $id) { name email phone appointments { role } } }';
    const asSecretariat = await must<{ person: unknown }>(app, query, { id: appointed.appoint.person.id }, board.community.secretariat);
    expect(asSecretariat.person).toEqual({ name: 'P', email: 'p@kommune.example', phone: '+47 123', appointments: [{ role: 'MEMBER' }] });
    for (const session of [board.council, undefined]) {
      const other = await must<{ person: unknown }>(app, query, { id: appointed.appoint.person.id }, session);
      expect(other.person).toEqual({ name: 'P', email: null, phone: null, appointments: [{ role: 'MEMBER' }] });
    }
    const events = await app.sql<{ entity_type: string; actor_email: string }>(
      `SELECT entity_type, actor_email FROM audit_event WHERE community_id = $1 AND entity_type IN ('Person', 'Appointment') ORDER BY id`,
      [board.community.id],
    );
    expect(events).toEqual([
      { entity_type: 'Person', actor_email: board.council.email },
      { entity_type: 'Appointment', actor_email: board.council.email },
    ]);
  });

  it('keeps a person to one member seat', async () => {
    const board = await buildBoard();
    const secretariat = board.community.secretariat;
    const member = await must<Appointed>(
      app,
      appoint,
      {
        input: {
          seatId: board.councilSeat,
          newPerson: { name: 'Leder' },
          role: 'MEMBER',
          startsOn: '2025-01-01',
          decisionReference: 'R 1',
        },
      },
      secretariat,
    );
    const twice = await app.gql(
      appoint,
      {
        input: {
          seatId: board.hospitalSeat,
          personId: member.appoint.person.id,
          role: 'MEMBER',
          startsOn: '2025-06-01',
          decisionReference: 'HF 1',
        },
      },
      secretariat.cookie,
    );
    expect(twice.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT', reason: 'PERSON_ALREADY_MEMBER', params: { seatLabel: 'Kommunal 1' }, field: 'personId' },
    });
  });

  it("lets a council's replacement end only its member and personal deputy: an elected office is ended first by the electing organ", async () => {
    const board = await buildBoard();
    const secretariat = board.community.secretariat;
    const member = await must<Appointed>(
      app,
      appoint,
      {
        input: {
          seatId: board.councilSeat,
          newPerson: { name: 'Leder' },
          role: 'MEMBER',
          startsOn: '2025-01-01',
          endsOn: '2026-12-31',
          decisionReference: 'R 1',
        },
      },
      board.council,
    );
    await must(
      app,
      appoint,
      {
        input: {
          seatId: board.councilSeat,
          newPerson: { name: 'Vara' },
          role: 'PERSONAL_DEPUTY',
          deputyForAppointmentId: member.appoint.id,
          startsOn: '2025-01-01',
          endsOn: '2026-12-31',
          decisionReference: 'R 1',
        },
      },
      board.council,
    );
    const chair = await must<Appointed>(
      app,
      appoint,
      {
        input: {
          seatId: board.councilSeat,
          personId: member.appoint.person.id,
          role: 'CHAIR',
          startsOn: '2025-01-01',
          endsOn: '2026-12-31',
          decisionReference: 'PM 1',
        },
      },
      secretariat,
    );
    const replace = {
      input: {
        seatId: board.councilSeat,
        newPerson: { name: 'Ny' },
        role: 'MEMBER',
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
        decisionReference: 'R 2',
        replaceCurrent: true,
      },
    };
    const endMember = 'mutation($id: ID!, $endsOn: LocalDate!) { endAppointment(id: $id, endsOn: $endsOn) { id endsOn } }';
    const officeHeld = {
      code: 'CONFLICT',
      reason: 'MEMBER_HOLDS_OFFICE',
      params: { office: 'CHAIR', holderName: 'Leder', officeEndsOn: '2026-12-31', electedBy: 'Partnerskapsmøtet' },
    };
    for (const session of [board.council, secretariat]) {
      const replaced = await app.gql(appoint, replace, session.cookie);
      expect(replaced.errors?.[0]?.extensions).toMatchObject({ ...officeHeld, field: 'replaceCurrent' });
      expect(replaced.errors?.[0]?.message).toMatch(/chair.*Partnerskapsmøtet must end that office first/);
      const ended = await app.gql(endMember, { id: member.appoint.id, endsOn: '2025-12-31' }, session.cookie);
      expect(ended.errors?.[0]?.extensions).toMatchObject({ ...officeHeld, field: 'endsOn' });
    }
    expect(await membersOn(board, '2026-01-01')).toEqual(['CHAIR Leder', 'MEMBER Leder', 'PERSONAL_DEPUTY Vara']);

    // The partnership meeting's decision, recorded by the secretariat; then the council replaces its member.
    await must(app, endMember, { id: chair.appoint.id, endsOn: '2025-12-31' }, secretariat);
    await must(app, appoint, replace, board.council);
    expect(await membersOn(board, '2026-01-01')).toEqual(['MEMBER Ny']);
    expect(await membersOn(board, '2025-12-31')).toEqual(['CHAIR Leder', 'MEMBER Leder', 'PERSONAL_DEPUTY Vara']);
  });
});
