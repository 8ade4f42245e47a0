import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must, type CommunityFixture } from '../../../test/factories.js';
import { constraintRefusal } from '../../common/constraint-refusals.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const RACERS = 10;
const appoint = 'mutation($input: AppointInput!) { appoint(input: $input) { id person { id } } }';
type Appointed = { appoint: { id: string; person: { id: string } } };

interface Organ {
  community: CommunityFixture;
  observerSeat: string;
  councilSeat: string;
  /** Hospital seats, as many as there are racers. */
  hospitalSeats: string[];
}

/** An organ whose officers the partnership meeting elects, with an observer seat, a council seat and hospital seats. */
async function buildOrgan(): Promise<Organ> {
  const community = await buildCommunity(app, { municipalities: 1, regionalCouncils: 1, organs: 0 });
  const run = <T>(query: string, variables: Record<string, unknown>) => must<T>(app, query, variables, community.secretariat);
  const createOrgan = 'mutation($input: CreateOrganInput!) { createOrgan(input: $input) { id } }';
  const elector = await run<{ createOrgan: { id: string } }>(createOrgan, {
    input: { communityId: community.id, name: 'Partnerskapsmøtet', kind: 'PARTNERSHIP_MEETING', rules: { decisionRule: 'CONSENSUS' } },
  });
  const organ = await run<{ createOrgan: { id: string } }>(createOrgan, {
    input: {
      communityId: community.id,
      name: 'SSU',
      kind: 'STRATEGIC_COMMITTEE',
      rules: { decisionRule: 'VOTE', officersElectedByOrganId: elector.createOrgan.id },
    },
  });
  const seat = async (label: string, side: string, voting: boolean, appointingBody: Record<string, unknown>) =>
    (
      await run<{ createSeat: { id: string } }>('mutation($input: CreateSeatInput!) { createSeat(input: $input) { id } }', {
        input: { organId: organ.createOrgan.id, label, side, voting, appointingBody },
      })
    ).createSeat.id;
  const hospitalSeats: string[] = [];
  for (let index = 1; index <= RACERS; index += 1) {
    hospitalSeats.push(await seat(`Sykehuset ${index}`, 'HOSPITAL', true, { kind: 'PARTNER', partnerId: community.hospitalTrustId }));
  }
  return {
    community,
    observerSeat: await seat('KS', 'OBSERVER', false, { kind: 'EXTERNAL', name: 'KS' }),
    councilSeat: await seat('Kommunal 1', 'MUNICIPAL', true, {
      kind: 'REGIONAL_COUNCIL',
      regionalCouncilId: community.regionalCouncilIds[0],
    }),
    hospitalSeats,
  };
}

/** Sends the racers' requests at once and waits for every answer. */
function race(send: (index: number) => Promise<GraphQLResponse>): Promise<GraphQLResponse[]> {
  return Promise.all(Array.from({ length: RACERS }, (_, index) => send(index)));
}

/** One request wins; every other one is refused as a conflict with the rule's own reason, never an internal error. */
function expectOneWinner(responses: GraphQLResponse[], reason: string): void {
  const refusals = responses.flatMap((response) => response.errors ?? []);
  expect(refusals.map((refusal) => refusal.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
  expect(responses.filter((response) => !response.errors).length).toBe(1);
  expect(refusals).toHaveLength(RACERS - 1);
  for (const refusal of refusals) expect(refusal.extensions).toMatchObject({ code: 'CONFLICT', reason });
}

/** An appointment of a new person, or of `extra.personId`. */
const input = (seatId: string, index: number, extra: Record<string, unknown> = {}) => ({
  seatId,
  ...('personId' in extra ? {} : { newPerson: { name: `Kandidat ${index + 1}` } }),
  startsOn: '2025-01-01',
  endsOn: '2026-12-31',
  decisionReference: `Sak ${index + 1}/2025`,
  ...extra,
});

describe('appointments under parallel requests', () => {
  it('gives an observer seat one holder when ten appointments race', async () => {
    const organ = await buildOrgan();
    const responses = await race((index) =>
      app.gql(appoint, { input: input(organ.observerSeat, index, { role: 'OBSERVER' }) }, organ.community.secretariat.cookie),
    );
    expectOneWinner(responses, 'SEAT_TAKEN');
  });

  it('gives a member seat one holder when ten appointments race', async () => {
    const organ = await buildOrgan();
    const [seat = ''] = organ.hospitalSeats;
    const responses = await race((index) =>
      app.gql(appoint, { input: input(seat, index, { role: 'MEMBER' }) }, organ.community.secretariat.cookie),
    );
    expectOneWinner(responses, 'SEAT_TAKEN');
  });

  it('ends the member once when ten replacements race', async () => {
    const organ = await buildOrgan();
    const secretariat = organ.community.secretariat;
    await must(app, appoint, { input: input(organ.councilSeat, 99, { role: 'MEMBER', startsOn: '2023-01-01' }) }, secretariat);
    const responses = await race((index) =>
      app.gql(
        appoint,
        { input: input(organ.councilSeat, index, { role: 'MEMBER', startsOn: '2025-06-01', replaceCurrent: true }) },
        secretariat.cookie,
      ),
    );
    expectOneWinner(responses, 'HOLDER_STARTS_SAME_DAY_OR_LATER');
    const members = await app.sql<{ starts_on: string; ends_on: string }>(
      `SELECT to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on
         FROM appointment WHERE seat_id = $1 AND role = 'MEMBER' ORDER BY starts_on`,
      [organ.councilSeat],
    );
    expect(members).toEqual([
      { starts_on: '2023-01-01', ends_on: '2025-05-31' },
      { starts_on: '2025-06-01', ends_on: '2026-12-31' },
    ]);
  });

  it('gives a member one personal deputy when ten appointments race', async () => {
    const organ = await buildOrgan();
    const secretariat = organ.community.secretariat;
    const member = await must<Appointed>(app, appoint, { input: input(organ.councilSeat, 99, { role: 'MEMBER' }) }, secretariat);
    const responses = await race((index) =>
      app.gql(
        appoint,
        { input: input(organ.councilSeat, index, { role: 'PERSONAL_DEPUTY', deputyForAppointmentId: member.appoint.id }) },
        secretariat.cookie,
      ),
    );
    expectOneWinner(responses, 'DEPUTY_ALREADY_APPOINTED');
  });

  it("gives a place on the hospital's deputy list one holder when ten appointments race", async () => {
    const organ = await buildOrgan();
    const [seat = ''] = organ.hospitalSeats;
    const responses = await race((index) =>
      app.gql(appoint, { input: input(seat, index, { role: 'DEPUTY', deputyRank: 1 }) }, organ.community.secretariat.cookie),
    );
    expectOneWinner(responses, 'DEPUTY_RANK_TAKEN');
  });

  it('keeps a person to one member seat of the organ when ten appointments to different seats race', async () => {
    const organ = await buildOrgan();
    const secretariat = organ.community.secretariat;
    const person = await must<{ createPerson: { id: string } }>(
      app,
      'mutation($id: ID!) { createPerson(communityId: $id, input: { name: "Kari Mange" }) { id } }',
      { id: organ.community.id },
      secretariat,
    );
    const responses = await race((index) =>
      app.gql(
        appoint,
        { input: input(organ.hospitalSeats[index] ?? '', index, { role: 'MEMBER', personId: person.createPerson.id }) },
        secretariat.cookie,
      ),
    );
    expectOneWinner(responses, 'PERSON_ALREADY_MEMBER');
  });

  it('elects one chair when ten elections race', async () => {
    const organ = await buildOrgan();
    const secretariat = organ.community.secretariat;
    const members = await Promise.all(
      organ.hospitalSeats.map((seat, index) =>
        must<Appointed>(app, appoint, { input: input(seat, index, { role: 'MEMBER' }) }, secretariat),
      ),
    );
    const responses = await race((index) =>
      app.gql(
        appoint,
        { input: input(organ.hospitalSeats[index] ?? '', index, { role: 'CHAIR', personId: members[index]?.appoint.person.id }) },
        secretariat.cookie,
      ),
    );
    expectOneWinner(responses, 'OFFICE_TAKEN');
    // The chair elected first sits on another seat than each loser's; the refusal names them all the same.
    const winner = `Kandidat ${responses.findIndex((response) => !response.errors) + 1}`;
    for (const refusal of responses.flatMap((response) => response.errors ?? [])) {
      expect(refusal.extensions?.params).toEqual({ office: 'CHAIR', holderName: winner });
    }
  });
});

describe('the database keeps the appointment rules', () => {
  it('refuses a second observer, personal deputy, deputy-list place, member seat and chair in the same period, each with its reason', async () => {
    const organ = await buildOrgan();
    const secretariat = organ.community.secretariat;
    const [firstSeat = '', secondSeat = ''] = organ.hospitalSeats;
    const observer = await must<Appointed>(app, appoint, { input: input(organ.observerSeat, 0, { role: 'OBSERVER' }) }, secretariat);
    const member = await must<Appointed>(app, appoint, { input: input(organ.councilSeat, 1, { role: 'MEMBER' }) }, secretariat);
    const deputy = await must<Appointed>(
      app,
      appoint,
      { input: input(organ.councilSeat, 2, { role: 'PERSONAL_DEPUTY', deputyForAppointmentId: member.appoint.id }) },
      secretariat,
    );
    await must(app, appoint, { input: input(firstSeat, 3, { role: 'DEPUTY', deputyRank: 1 }) }, secretariat);
    const hospitalMember = await must<Appointed>(app, appoint, { input: input(firstSeat, 4, { role: 'MEMBER' }) }, secretariat);
    await must(app, appoint, { input: input(firstSeat, 5, { role: 'CHAIR', personId: hospitalMember.appoint.person.id }) }, secretariat);

    const insert = (seatId: string, personId: string, role: string, extra: { deputyFor?: string; rank?: number } = {}) =>
      app.sql(
        `INSERT INTO appointment (community_id, seat_id, person_id, role, deputy_for_appointment_id, deputy_rank, starts_on, appointed_by, decision_reference)
         VALUES ($1, $2, $3, $4, $5, $6, '2026-01-01', 'x', 'x')`,
        [organ.community.id, seatId, personId, role, extra.deputyFor ?? null, extra.rank ?? null],
      );
    const someoneElse = observer.appoint.person.id;
    // Each rule has its constraint, and each constraint its refusal reason.
    const refusalOf = async (inserted: Promise<unknown>) => {
      const error = await inserted.then(
        () => undefined,
        (caught: unknown) => caught,
      );
      const constraint = typeof error === 'object' && error !== null && 'constraint' in error ? error.constraint : undefined;
      return { constraint, reason: constraintRefusal(error)?.reason };
    };
    expect(await refusalOf(insert(organ.observerSeat, deputy.appoint.person.id, 'OBSERVER'))).toEqual({
      constraint: 'ex_appointment_one_observer_per_seat',
      reason: 'SEAT_TAKEN',
    });
    expect(await refusalOf(insert(organ.councilSeat, someoneElse, 'PERSONAL_DEPUTY', { deputyFor: member.appoint.id }))).toEqual({
      constraint: 'ex_appointment_one_personal_deputy',
      reason: 'DEPUTY_ALREADY_APPOINTED',
    });
    expect(await refusalOf(insert(firstSeat, someoneElse, 'DEPUTY', { rank: 1 }))).toEqual({
      constraint: 'ex_appointment_deputy_rank',
      reason: 'DEPUTY_RANK_TAKEN',
    });
    expect(await refusalOf(insert(secondSeat, hospitalMember.appoint.person.id, 'MEMBER'))).toEqual({
      constraint: 'ex_appointment_one_member_seat_per_person',
      reason: 'PERSON_ALREADY_MEMBER',
    });
    expect(await refusalOf(insert(secondSeat, someoneElse, 'CHAIR'))).toEqual({
      constraint: 'ex_appointment_one_office_holder',
      reason: 'OFFICE_TAKEN',
    });
    const organs = await app.sql<{ same: boolean }>(
      `SELECT bool_and(appointment.organ_id = seat.organ_id) AS same FROM appointment JOIN seat ON seat.id = appointment.seat_id WHERE appointment.community_id = $1`,
      [organ.community.id],
    );
    expect(organs).toEqual([{ same: true }]);
  });
});
