import { addDays } from '@helsefellesskap/calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must, signInAs, type CommunityFixture, type Session } from '../../../test/factories.js';
import { testClock } from '../../../test/clock.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

interface Board {
  community: CommunityFixture;
  organId: string;
  hospitalSeat: string;
  councilSeat: string;
  council: Session;
  otherCouncil: Session;
}

const createSeat = 'mutation($input: CreateSeatInput!) { createSeat(input: $input) { id } }';
const appoint = 'mutation($input: AppointInput!) { appoint(input: $input) { id person { id } warnings { kind seatSide personSide } } }';
const cancel =
  'mutation($id: ID!, $reason: String!) { cancelAppointment(id: $id, reason: $reason) { id cancelledAt cancellationReason replacedByAppointmentId } }';
const seatView = `query($id: ID!, $at: LocalDate) { community(id: $id) { organs { id canManageSeats vacancies(at: $at) { id } members(at: $at) { id }
  seats { id retiredOn canAppoint appointableRoles holders(at: $at) { id } history { id role cancelledAt cancellationReason replacedByAppointmentId person { name } } } } } }`;

type Appointed = {
  appoint: { id: string; person: { id: string }; warnings: { kind: string; seatSide: string; personSide: string | null }[] };
};
interface SeatView {
  id: string;
  retiredOn: string | null;
  canAppoint: boolean;
  appointableRoles: string[];
  holders: { id: string }[];
  history: {
    id: string;
    role: string;
    cancelledAt: string | null;
    cancellationReason: string | null;
    replacedByAppointmentId: string | null;
    person: { name: string };
  }[];
}
interface OrganView {
  id: string;
  canManageSeats: boolean;
  vacancies: { id: string }[];
  members: { id: string }[];
  seats: SeatView[];
}

const today = testClock.today();

/** A committee with one hospital and one council seat; the chair is elected by a partnership meeting. */
async function buildBoard(): Promise<Board> {
  const community = await buildCommunity(app, { municipalities: 2, regionalCouncils: 2, organs: 0 });
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

async function organOf(board: Board, at: string, session?: Session): Promise<OrganView> {
  const data = await must<{ community: { organs: OrganView[] } }>(app, seatView, { id: board.community.id, at }, session);
  const organ = data.community.organs.find((candidate) => candidate.id === board.organId);
  if (!organ) throw new Error('organ missing');
  return organ;
}

async function seatOf(board: Board, seatId: string, at: string, session?: Session): Promise<SeatView> {
  const seat = (await organOf(board, at, session)).seats.find((candidate) => candidate.id === seatId);
  if (!seat) throw new Error('seat missing');
  return seat;
}

const member = (seatId: string, name: string, startsOn: string, extra: Record<string, unknown> = {}) => ({
  input: { seatId, newPerson: { name }, role: 'MEMBER', startsOn, decisionReference: 'Sak 1/2025', ...extra },
});

describe('cancelling an appointment registered in error', () => {
  it('lets a council cancel its member with a reason: the personal deputy goes too, the seat is vacant on every date, history keeps both as cancelled, and the seat can be filled again', async () => {
    const board = await buildBoard();
    const startsOn = addDays(today, -100);
    const wrong = await must<Appointed>(app, appoint, member(board.councilSeat, 'Feil Person', startsOn), board.council);
    const deputy = await must<Appointed>(
      app,
      appoint,
      {
        input: {
          seatId: board.councilSeat,
          newPerson: { name: 'Feil Vara' },
          role: 'PERSONAL_DEPUTY',
          startsOn,
          decisionReference: 'Sak 1/2025',
          deputyForAppointmentId: wrong.appoint.id,
        },
      },
      board.council,
    );

    const cancelled = await must<{ cancelAppointment: { cancelledAt: string | null; cancellationReason: string } }>(
      app,
      cancel,
      { id: wrong.appoint.id, reason: '  Registrert på feil sete  ' },
      board.council,
    );
    expect(cancelled.cancelAppointment.cancelledAt).not.toBeNull();
    expect(cancelled.cancelAppointment.cancellationReason).toBe('Registrert på feil sete');

    for (const at of [startsOn, today, addDays(today, 400)]) {
      const organ = await organOf(board, at);
      expect(organ.members).toEqual([]);
      expect(organ.vacancies.map((seat) => seat.id)).toContain(board.councilSeat);
      expect(organ.seats.find((seat) => seat.id === board.councilSeat)?.holders).toEqual([]);
    }
    const history = (await seatOf(board, board.councilSeat, today)).history;
    expect(history.map((entry) => [entry.person.name, entry.cancellationReason, entry.cancelledAt !== null])).toEqual([
      ['Feil Person', 'Registrert på feil sete', true],
      ['Feil Vara', 'Registrert på feil sete', true],
    ]);
    const audit = await app.sql<{ entity_id: string }>(
      `SELECT entity_id FROM audit_event WHERE entity_type = 'Appointment' AND action = 'UPDATE' AND after->>'cancellationReason' = 'Registrert på feil sete'`,
    );
    expect(audit.map((row) => row.entity_id).sort()).toEqual([wrong.appoint.id, deputy.appoint.id].sort());

    // A cancellation is final: PostgreSQL refuses to bring the row back.
    await expect(
      app.sql(`UPDATE appointment SET cancelled_at = NULL, cancellation_reason = NULL WHERE id = $1`, [wrong.appoint.id]),
    ).rejects.toThrow(/is cancelled and cannot change/);

    // The right person takes the same period: the constraints no longer see the cancelled rows.
    await must(app, appoint, member(board.councilSeat, 'Riktig Person', startsOn), board.council);
    await expect(
      app.sql(
        `INSERT INTO appointment (community_id, seat_id, person_id, role, starts_on, appointed_by, decision_reference)
         SELECT community_id, seat_id, person_id, role, starts_on, 'x', 'x' FROM appointment WHERE id = $1`,
        [wrong.appoint.id],
      ),
    ).rejects.toThrow(/ex_appointment_one_member_per_seat/);
  });

  it('refuses a blank reason, another council, another community and ending a cancelled appointment, each with its reason', async () => {
    const board = await buildBoard();
    const other = await buildCommunity(app, { municipalities: 1, organs: 0 });
    const appointed = await must<Appointed>(app, appoint, member(board.councilSeat, 'Kari', addDays(today, -10)), board.council);
    const id = appointed.appoint.id;

    const blank = await app.gql(cancel, { id, reason: '   ' }, board.council.cookie);
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'reason' });
    const tooLong = await app.gql(cancel, { id, reason: 'x'.repeat(501) }, board.council.cookie);
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_LONG', params: { max: 500 } });
    const otherCouncil = await app.gql(cancel, { id, reason: 'Feil' }, board.otherCouncil.cookie);
    expect(otherCouncil.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'APPOINTED_BY_OTHER_BODY' });
    const otherCommunity = await app.gql(cancel, { id, reason: 'Feil' }, other.secretariat.cookie);
    expect(otherCommunity.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await app.sql(`SELECT 1 FROM appointment WHERE id = $1 AND cancelled_at IS NULL`, [id])).toHaveLength(1);

    await must(app, cancel, { id, reason: 'Feil' }, board.community.secretariat);
    const end = await app.gql(
      'mutation($id: ID!, $on: LocalDate!) { endAppointment(id: $id, endsOn: $on) { id } }',
      { id, on: today },
      board.council.cookie,
    );
    expect(end.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'APPOINTMENT_CANCELLED' });
  });

  it('lets one of two cancels at once through; the other is told it was already cancelled', async () => {
    const board = await buildBoard();
    const appointed = await must<Appointed>(
      app,
      appoint,
      member(board.hospitalSeat, 'Per', addDays(today, -10)),
      board.community.secretariat,
    );
    const responses = await Promise.all(
      [board.community.secretariat, board.community.secretariat].map((session, index) =>
        app.gql(cancel, { id: appointed.appoint.id, reason: `Feil ${index}` }, session.cookie),
      ),
    );
    expect(responses.filter((response) => !response.errors)).toHaveLength(1);
    expect(responses.flatMap((response) => response.errors ?? []).map((error) => error.extensions?.reason)).toEqual([
      'APPOINTMENT_ALREADY_CANCELLED',
    ]);
    const audit = await app.sql(`SELECT 1 FROM audit_event WHERE entity_id = $1 AND action = 'UPDATE'`, [appointed.appoint.id]);
    expect(audit).toHaveLength(1);
  });

  it('refuses to cancel a member who holds the chair: the electing organ ends the office first', async () => {
    const board = await buildBoard();
    const startsOn = addDays(today, -10);
    const appointed = await must<Appointed>(app, appoint, member(board.hospitalSeat, 'Leder', startsOn), board.community.secretariat);
    await must(
      app,
      appoint,
      {
        input: {
          seatId: board.hospitalSeat,
          personId: appointed.appoint.person.id,
          role: 'CHAIR',
          startsOn,
          endsOn: addDays(startsOn, 300),
          decisionReference: 'PM sak 1',
        },
      },
      board.community.secretariat,
    );
    const refused = await app.gql(cancel, { id: appointed.appoint.id, reason: 'Feil' }, board.community.secretariat.cookie);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'MEMBER_HOLDS_OFFICE' });
  });
});

describe('replacing an appointment before it starts', () => {
  it('cancels a future member (and their deputy) replaced from the same day, pointing to the replacement; one already started is still refused', async () => {
    const board = await buildBoard();
    const startsOn = addDays(today, 30);
    const planned = await must<Appointed>(app, appoint, member(board.councilSeat, 'Planlagt', startsOn), board.council);
    await must(
      app,
      appoint,
      {
        input: {
          seatId: board.councilSeat,
          newPerson: { name: 'Planlagt Vara' },
          role: 'PERSONAL_DEPUTY',
          startsOn,
          decisionReference: 'Sak 1/2025',
          deputyForAppointmentId: planned.appoint.id,
        },
      },
      board.council,
    );
    const replacement = await must<Appointed>(
      app,
      appoint,
      member(board.councilSeat, 'Erstatter', startsOn, { replaceCurrent: true }),
      board.council,
    );
    const history = (await seatOf(board, board.councilSeat, startsOn)).history;
    expect(history.map((entry) => [entry.person.name, entry.cancelledAt !== null, entry.replacedByAppointmentId])).toEqual([
      ['Planlagt', true, replacement.appoint.id],
      ['Planlagt Vara', true, replacement.appoint.id],
      ['Erstatter', false, null],
    ]);
    expect((await seatOf(board, board.councilSeat, startsOn)).holders.map((holder) => holder.id)).toEqual([replacement.appoint.id]);

    const started = await must<Appointed>(
      app,
      appoint,
      member(board.hospitalSeat, 'Startet', addDays(today, -5)),
      board.community.secretariat,
    );
    const backdated = await app.gql(
      appoint,
      member(board.hospitalSeat, 'Bakdatert', addDays(today, -5), { replaceCurrent: true }),
      board.community.secretariat.cookie,
    );
    expect(backdated.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'HOLDER_STARTS_SAME_DAY_OR_LATER' });
    expect((await seatOf(board, board.hospitalSeat, today)).holders.map((holder) => holder.id)).toEqual([started.appoint.id]);
  });
});

describe('retiring a seat', () => {
  it('refuses while someone holds it after the day, then keeps its history and takes nothing after it', async () => {
    const board = await buildBoard();
    const held = await must<Appointed>(
      app,
      appoint,
      member(board.hospitalSeat, 'Sittende', addDays(today, -100)),
      board.community.secretariat,
    );
    const retire = 'mutation($id: ID!, $on: LocalDate!) { retireSeat(id: $id, retiredOn: $on) { id retiredOn } }';
    const refused = await app.gql(retire, { id: board.hospitalSeat, on: today }, board.community.secretariat.cookie);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'SEAT_HELD_AFTER_RETIREMENT',
      params: { holderName: 'Sittende', endsOn: null },
    });
    const byCouncil = await app.gql(retire, { id: board.councilSeat, on: today }, board.council.cookie);
    expect(byCouncil.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await must(
      app,
      'mutation($id: ID!, $on: LocalDate!) { endAppointment(id: $id, endsOn: $on) { id } }',
      { id: held.appoint.id, on: today },
      board.community.secretariat,
    );
    await must(app, retire, { id: board.hospitalSeat, on: today }, board.community.secretariat);
    const after = await app.gql(appoint, member(board.hospitalSeat, 'For sent', addDays(today, 1)), board.community.secretariat.cookie);
    expect(after.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SEAT_RETIRED', params: { retiredOn: today } });

    const seat = await seatOf(board, board.hospitalSeat, today, board.community.secretariat);
    expect(seat).toMatchObject({ retiredOn: today, canAppoint: false, appointableRoles: [] });
    expect(seat.history.map((entry) => entry.person.name)).toEqual(['Sittende']);
    const tomorrow = await organOf(board, addDays(today, 1));
    expect(tomorrow.vacancies.map((vacant) => vacant.id)).not.toContain(board.hospitalSeat);
  });
});

describe('what the caller may do, and warnings', () => {
  it('tells each caller the roles they may appoint to on each seat', async () => {
    const board = await buildBoard();
    const bySecretariat = await organOf(board, today, board.community.secretariat);
    expect(bySecretariat.canManageSeats).toBe(true);
    expect(bySecretariat.seats.find((seat) => seat.id === board.hospitalSeat)?.appointableRoles).toEqual(['MEMBER', 'CHAIR', 'VICE_CHAIR']);
    const byCouncil = await organOf(board, today, board.council);
    expect(byCouncil.canManageSeats).toBe(false);
    expect(byCouncil.seats.map((seat) => [seat.id, seat.canAppoint, seat.appointableRoles])).toEqual([
      [board.hospitalSeat, false, []],
      [board.councilSeat, true, ['MEMBER', 'PERSONAL_DEPUTY']],
    ]);
    const byOtherCouncil = await organOf(board, today, board.otherCouncil);
    expect(byOtherCouncil.seats.every((seat) => !seat.canAppoint)).toBe(true);
  });

  it('warns, and does not refuse, when a person working for the hospital takes a municipal seat', async () => {
    const board = await buildBoard();
    const appointed = await must<Appointed>(
      app,
      appoint,
      {
        input: {
          seatId: board.councilSeat,
          newPerson: { name: 'Direktør', partnerId: board.community.hospitalTrustId },
          role: 'MEMBER',
          startsOn: today,
          decisionReference: 'Sak 2',
        },
      },
      board.community.secretariat,
    );
    expect(appointed.appoint.warnings).toEqual([{ kind: 'SIDE_MISMATCH', seatSide: 'MUNICIPAL', personSide: 'HOSPITAL' }]);
    const person = await must<{ person: { side: string; partnerId: string } }>(
      app,
      'query($id: ID!) { person(id: $id) { side partnerId } }',
      {
        id: appointed.appoint.person.id,
      },
    );
    expect(person.person).toEqual({ side: 'HOSPITAL', partnerId: board.community.hospitalTrustId });
    const matching = await must<Appointed>(
      app,
      appoint,
      {
        input: {
          seatId: board.hospitalSeat,
          newPerson: { name: 'Klinikksjef', partnerId: board.community.hospitalTrustId },
          role: 'MEMBER',
          startsOn: today,
          decisionReference: 'Sak 3',
        },
      },
      board.community.secretariat,
    );
    expect(matching.appoint.warnings).toEqual([]);
  });

  it("refuses a new person's partner of another community", async () => {
    const board = await buildBoard();
    const other = await buildCommunity(app, { municipalities: 1, organs: 0 });
    const refused = await app.gql(
      'mutation($id: ID!, $partnerId: ID!) { createPerson(communityId: $id, input: { name: "X", partnerId: $partnerId }) { id } }',
      { id: board.community.id, partnerId: other.hospitalTrustId },
      board.community.secretariat.cookie,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PERSON_PARTNER_NOT_IN_COMMUNITY' });
  });
});
