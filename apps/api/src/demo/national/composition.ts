import { addYears, yearOf } from '@helsefellesskap/calendar';
import type { AppointmentRole, SeatSide } from '../../modules/appointment/appointment.entity.js';
import type { AppointingBodyInput, PersonInput } from '../../modules/appointment/appointment.inputs.js';
import { demoCalendar } from '../load-demo-composition.js';
import type { CommunitySeeding } from './national-scale.js';
import type { Register } from './register.js';
import { syntheticPerson } from './synthetic-names.js';
import { fraction } from './variation.js';

interface SeatPlan {
  label: string;
  side: SeatSide;
  voting: boolean;
  body: AppointingBodyInput;
  bodyName: string;
  bodyIds: { regionalCouncilId: string | null; partnerId: string | null; organId: string | null };
  /** Title and employer of the people appointed to it. */
  title: string;
  employer: (term: number) => string;
}

const DEPUTY_LIST_LENGTH = 3;
const OBSERVERS = [
  { label: 'Ansattrepresentant, helseforetaket', body: 'Tillitsvalgte i helseforetaket' },
  { label: 'Ansattrepresentant, kommunene', body: 'Tillitsvalgte i kommunene' },
  { label: 'Brukerrepresentant, helseforetaket', body: 'Brukerutvalget i helseforetaket' },
  { label: 'Brukerrepresentant, kommunene', body: 'Kommunale brukerråd' },
  { label: 'KS', body: 'KS' },
];

/**
 * The SSU as the cooperation agreement sets it up, through the appointment service so every rule
 * holds: 7 seats for the hospital trust and 7 for the municipalities (split among the regional
 * councils), the hospital's deputy list, observers, and `terms` two-year terms ending with the one that
 * spans today. Each term a member is re-appointed or replaced; municipal members have personal
 * deputies; the partnership meeting elects a chair and vice-chair from opposite sides, and the chair
 * passes to the other side every term.
 */
export async function seedComposition(seeding: CommunitySeeding, register: Register): Promise<void> {
  const { services, caller, index, names, scale, today } = seeding;
  const { ssu, hospital, councils } = register;
  const partner = (id: string) => ({ regionalCouncilId: null, partnerId: id, organId: null });
  const external = { regionalCouncilId: null, partnerId: null, organId: null };
  const hospitalSeat = (label: string, voting: boolean, title: string): SeatPlan => ({
    label,
    side: 'HOSPITAL',
    voting,
    body: { kind: 'PARTNER' },
    bodyName: hospital.name,
    bodyIds: partner(hospital.id),
    title,
    employer: () => hospital.name,
  });
  const municipalSeats: SeatPlan[] = [];
  for (let seat = 0; seat < 7; seat += 1) {
    // Seats in turn among the councils, so each council holds two or three (four in an area of two councils).
    const { council, members } = councils[seat % councils.length] ?? { council: null, members: [] };
    if (!council) throw new Error('a community of the national data set has no regional council');
    municipalSeats.push({
      label: `Kommunal representant ${seat + 1} (${council.name})`,
      side: 'MUNICIPAL',
      voting: true,
      body: { kind: 'REGIONAL_COUNCIL' },
      bodyName: council.name,
      bodyIds: { regionalCouncilId: council.id, partnerId: null, organId: null },
      title: 'Kommunalsjef helse og omsorg',
      employer: (term) => `${members[Math.floor(fraction(index, seat, term, 3) * members.length)]?.name ?? council.name} kommune`,
    });
  }
  const hospitalSeats = Array.from({ length: 7 }, (_, seat) =>
    hospitalSeat(`Helseforetaket ${seat + 1}`, true, seat === 0 ? 'Administrerende direktør' : 'Klinikksjef'),
  );
  const deputyList = hospitalSeat('Helseforetakets vararepresentantliste', false, 'Avdelingsleder');
  const observerSeats: SeatPlan[] = OBSERVERS.map(({ label, body }) => ({
    label,
    side: 'OBSERVER',
    voting: false,
    body: { kind: 'EXTERNAL', name: body },
    bodyName: body,
    bodyIds: external,
    title: 'Observatør',
    employer: () => body,
  }));

  const seatIds = new Map<string, string>();
  const seatId = (seat: SeatPlan) => {
    const id = seatIds.get(seat.label);
    if (!id) throw new Error(`the SSU seat ${seat.label} was not created`);
    return id;
  };
  for (const seat of [...hospitalSeats, ...municipalSeats, deputyList, ...observerSeats]) {
    const saved = await services.appointments.createSeat(
      caller,
      ssu.id,
      { organId: ssu.id, label: seat.label, side: seat.side, voting: seat.voting, appointingBody: seat.body },
      seat.bodyIds,
    );
    seatIds.set(seat.label, saved.id);
  }

  let serial = 0;
  const newPerson = (title: string, employer: string): PersonInput => {
    const person = syntheticPerson(index, serial, names.domain);
    serial += 1;
    return { ...person, title, employer };
  };
  /** Who held each slot (a seat, a seat's deputy, a place on the list) last term: they may be re-appointed. */
  const lastHolder = new Map<string, string>();
  const appoint = async (
    slot: string,
    seat: SeatPlan,
    role: AppointmentRole,
    term: { startsOn: string; endsOn: string; number: number },
    reappoint: boolean,
    extra: { deputyForAppointmentId?: string; deputyRank?: number } = {},
  ) => {
    const previous = reappoint ? lastHolder.get(slot) : undefined;
    const decidedIn = yearOf(term.startsOn) - 1;
    const appointment = await services.appointments.appoint(
      caller,
      {
        seatId: seatId(seat),
        role,
        newPerson: previous ? null : newPerson(seat.title, seat.employer(term.number)),
        startsOn: term.startsOn,
        endsOn: term.endsOn,
        decisionReference: `${seat.bodyName} sak ${String(10 + (term.number % 30)).padStart(2, '0')}/${decidedIn}`,
        replaceCurrent: false,
        ...extra,
      },
      {
        seatId: seatId(seat),
        personId: previous ?? null,
        deputyForAppointmentId: extra.deputyForAppointmentId ?? null,
      },
    );
    lastHolder.set(slot, appointment.personId);
    return appointment;
  };

  const { term: current } = demoCalendar(today);
  for (let number = 0; number < scale.terms; number += 1) {
    const yearsBack = 2 * (scale.terms - 1 - number);
    const term = { startsOn: addYears(current.startsOn, -yearsBack), endsOn: addYears(current.endsOn, -yearsBack), number };
    // About two in three members are re-appointed for another term (never in the first term of the history).
    const reappointed = (slot: number) => number > 0 && fraction(index, slot, number) < 0.65;

    const members = new Map<SeatSide, string>();
    for (const [slot, seat] of hospitalSeats.entries()) {
      const member = await appoint(seat.label, seat, 'MEMBER', term, reappointed(slot));
      if (slot === 0) members.set('HOSPITAL', member.personId);
    }
    for (let rank = 1; rank <= DEPUTY_LIST_LENGTH; rank += 1) {
      await appoint(`deputy ${rank}`, deputyList, 'DEPUTY', term, reappointed(20 + rank), { deputyRank: rank });
    }
    for (const [slot, seat] of municipalSeats.entries()) {
      const again = reappointed(10 + slot);
      const member = await appoint(seat.label, seat, 'MEMBER', term, again);
      if (slot === 0) members.set('MUNICIPAL', member.personId);
      // A re-appointed member keeps their personal deputy.
      await appoint(`${seat.label} deputy`, seat, 'PERSONAL_DEPUTY', term, again, { deputyForAppointmentId: member.id });
    }
    for (const [slot, seat] of observerSeats.entries()) {
      await appoint(seat.label, seat, 'OBSERVER', term, reappointed(30 + slot));
    }

    // Terms start in odd years: the chair's side flips with each, and half the communities start on each side.
    const chairSide: SeatSide = ((yearOf(term.startsOn) - 1) / 2 + index) % 2 === 0 ? 'HOSPITAL' : 'MUNICIPAL';
    const viceSide: SeatSide = chairSide === 'HOSPITAL' ? 'MUNICIPAL' : 'HOSPITAL';
    const officerSeat = (side: SeatSide) => (side === 'HOSPITAL' ? hospitalSeats[0] : municipalSeats[0]);
    for (const [role, side] of [
      ['CHAIR', chairSide],
      ['VICE_CHAIR', viceSide],
    ] as const) {
      const seat = officerSeat(side);
      const personId = members.get(side);
      if (!seat || !personId) continue;
      await services.appointments.appoint(
        caller,
        {
          seatId: seatId(seat),
          role,
          startsOn: term.startsOn,
          endsOn: term.endsOn,
          decisionReference: `${register.partnership.name} sak 0${6 + (number % 3)}/${yearOf(term.startsOn) - 1}`,
          replaceCurrent: false,
        },
        { seatId: seatId(seat), personId, deputyForAppointmentId: null },
      );
    }
  }
}
