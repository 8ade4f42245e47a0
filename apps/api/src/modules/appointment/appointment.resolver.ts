import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../common/errors.js';
import { parseId } from '../../common/ids.js';
import { LocalDate } from '../../common/local-date.js';
import type { Context } from '../../context.js';
import type { Access } from '../auth/access.js';
import { Organ } from '../organ/organ.type.js';
import { RegionalCouncil } from '../regional-council/regional-council.type.js';
import type { AppointmentRole as AppointmentRoleValue, SeatSide as SeatSideValue } from './appointment.entity.js';
import { AppointInput, CreateSeatInput, PersonInput, UpdatePersonInput } from './appointment.inputs.js';
import { ENDING_SOON_MAX_DAYS } from './appointment.service.js';
import { toAppointingBody, toAppointment, toPerson } from './appointment.mapper.js';
import { mayAppoint, mayManageSeats } from './appointment.policy.js';
import { parityOf, rolesForSeat, sideMismatch, sideOfPartnerKind } from './appointment.rules.js';
import {
  AppointingBody,
  Appointment,
  AppointmentRole,
  AppointmentWarning,
  ParityReport,
  Person,
  Seat,
  SeatSide,
} from './appointment.type.js';

const optionalId = (value: string | null | undefined, field: string) => (value ? parseId(value, field) : null);

@Resolver(() => Appointment)
export class AppointmentResolver {
  @Authorized<Access>('seats:appoint')
  @Mutation(() => Appointment, {
    description:
      "Appoints a person to a seat by decision of the seat's body (a regional council: its own seats only); with replaceCurrent, the current holder's term ends the day before.",
  })
  async appoint(
    @Arg('input', () => AppointInput, { description: 'The values; each field is described on the input type.' }) input: AppointInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Appointment> {
    const ids = {
      seatId: parseId(input.seatId, 'seatId'),
      personId: optionalId(input.personId, 'personId'),
      deputyForAppointmentId: optionalId(input.deputyForAppointmentId, 'deputyForAppointmentId'),
      newPersonPartnerId: optionalId(input.newPerson?.partnerId, 'newPerson.partnerId'),
    };
    return toAppointment(await services.appointments.appoint(caller, input, ids));
  }

  @Authorized<Access>('seats:appoint')
  @Mutation(() => Appointment, {
    description:
      "Cancels an appointment registered in error: it is kept with the reason and shown in the seat's history as cancelled, and counts nowhere else; a member's personal deputy is cancelled with them.",
  })
  async cancelAppointment(
    @Arg('id', () => ID, { description: 'The appointment to cancel.' }) id: string,
    @Arg('reason', () => String, { description: 'Why it is cancelled (at most 500 characters), e.g. "Registrert på feil sete".' })
    reason: string,
    @Ctx() { services, caller }: Context,
  ): Promise<Appointment> {
    return toAppointment(await services.appointments.cancel(caller, parseId(id, 'id'), reason));
  }

  @Authorized<Access>('seats:appoint')
  @Mutation(() => Appointment, { description: "Ends an appointment on a date; a member's personal deputy ends with them." })
  async endAppointment(
    @Arg('id', () => ID, { description: 'The appointment to end.' }) id: string,
    @Arg('endsOn', () => LocalDate, { description: 'The last day of the appointment (YYYY-MM-DD).' }) endsOn: string,
    @Ctx() { services, caller }: Context,
  ): Promise<Appointment> {
    return toAppointment(await services.appointments.end(caller, parseId(id, 'id'), endsOn));
  }

  @Authorized<Access>('community:read-internal')
  @Query(() => [Appointment], {
    description: "Appointments of the community that end within the coming days, soonest first; optionally only one council's seats.",
  })
  async appointmentsEndingSoon(
    @Arg('communityId', () => ID, { description: 'The community.' }) communityId: string,
    @Arg('withinDays', () => Int, { defaultValue: 90, description: `How many days ahead to look, 0–${ENDING_SOON_MAX_DAYS}.` })
    withinDays: number,
    @Arg('regionalCouncilId', () => ID, { nullable: true, description: 'Only the seats of this regional council (of the same community).' })
    regionalCouncilId: string | null | undefined,
    @Ctx() { services, caller }: Context,
  ): Promise<Appointment[]> {
    const ending = await services.appointments.endingWithin(
      caller,
      parseId(communityId, 'communityId'),
      withinDays,
      optionalId(regionalCouncilId, 'regionalCouncilId'),
    );
    return ending;
  }

  @FieldResolver(() => Person, { description: 'Who holds the appointment.' })
  person(@Root() appointment: Appointment, @Ctx() { loaders }: Context): Person | Promise<Person> {
    // Read with the appointment (and filtered for the caller) on the read path: answered without a promise per holder.
    return appointment.heldBy ?? personOf(appointment, loaders);
  }

  @FieldResolver(() => Seat, { description: 'The seat.' })
  async seat(@Root() appointment: Appointment, @Ctx() { loaders }: Context): Promise<Seat> {
    return seatOf(appointment.seatId, loaders);
  }

  @FieldResolver(() => [AppointmentWarning], {
    description: 'What the appointing body may want to check (the person works for the other side); empty when nothing.',
  })
  async warnings(@Root() appointment: Appointment, @Ctx() { loaders }: Context): Promise<AppointmentWarning[]> {
    const [seat, person] = await Promise.all([
      loaders.seatById.load(appointment.seatId),
      appointment.heldBy ?? personOf(appointment, loaders),
    ]);
    const personSide = await sideOf(person, loaders);
    if (!seat || !sideMismatch(seat.side, personSide)) return [];
    return [Object.assign(new AppointmentWarning(), { kind: 'SIDE_MISMATCH', seatSide: seat.side, personSide })];
  }

  @FieldResolver(() => Boolean, {
    description: 'Not public: whether the caller may end or cancel this appointment (the body that made it, or the secretariat).',
  })
  async canChange(@Root() appointment: Appointment, @Ctx() { loaders, caller }: Context): Promise<boolean> {
    if (appointment.cancelledAt !== null) return false;
    const seat = await loaders.seatById.load(appointment.seatId);
    return seat !== null && mayAppoint(caller, seat, appointment.role);
  }
}

@Resolver(() => Seat)
export class SeatResolver {
  @Authorized<Access>('community:administer')
  @Mutation(() => Seat, { description: 'Adds a seat to an organ, with the body that appoints to it (secretariat).' })
  async createSeat(
    @Arg('input', () => CreateSeatInput, { description: 'The values; each field is described on the input type.' }) input: CreateSeatInput,
    @Ctx() { services, caller, loaders }: Context,
  ): Promise<Seat> {
    const body = input.appointingBody;
    const seat = await services.appointments.createSeat(caller, parseId(input.organId, 'organId'), input, {
      regionalCouncilId: optionalId(body.regionalCouncilId, 'appointingBody.regionalCouncilId'),
      partnerId: optionalId(body.partnerId, 'appointingBody.partnerId'),
      organId: optionalId(body.organId, 'appointingBody.organId'),
    });
    // Read back as the read path reads seats: with the appointing body's name.
    return seatOf(seat.id, loaders);
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Seat, {
    description: 'Retires a seat after its last day (secretariat): its history stays; it takes no appointments after that day.',
  })
  async retireSeat(
    @Arg('id', () => ID, { description: 'The seat.' }) id: string,
    @Arg('retiredOn', () => LocalDate, { description: 'The last day of the seat (YYYY-MM-DD); nobody may hold it after it.' })
    retiredOn: string,
    @Ctx() { services, caller, loaders }: Context,
  ): Promise<Seat> {
    const seat = await services.appointments.retireSeat(caller, parseId(id, 'id'), retiredOn);
    return seatOf(seat.id, loaders);
  }

  @FieldResolver(() => [AppointmentRole], {
    description:
      'Not public: the roles the caller may appoint to on this seat (those the seat takes, of the bodies the caller records for); empty for a retired seat.',
  })
  appointableRoles(@Root() seat: Seat, @Ctx() { caller }: Context): AppointmentRoleValue[] {
    return appointableRolesOf(seat, caller);
  }

  @FieldResolver(() => Boolean, { description: 'Not public: whether the caller may appoint to this seat in any role.' })
  canAppoint(@Root() seat: Seat, @Ctx() { caller }: Context): boolean {
    return appointableRolesOf(seat, caller).length > 0;
  }

  @FieldResolver(() => AppointingBody, { description: 'The only body that appoints members to the seat.' })
  appointingBody(@Root() seat: Seat): AppointingBody {
    return toAppointingBody(seat);
  }

  @FieldResolver(() => [Appointment], {
    description: 'Everyone who held the seat, in any role, oldest first; cancelled appointments too, marked by cancelledAt.',
  })
  async history(@Root() seat: Seat, @Ctx() { loaders }: Context): Promise<Appointment[]> {
    return loaders.appointmentsBySeat.load(seat.id);
  }

  @FieldResolver(() => [Appointment], { description: 'Appointments on the seat on a date (default today).' })
  async holders(
    @Root() seat: Seat,
    @Arg('at', () => LocalDate, { nullable: true, description: 'The date (YYYY-MM-DD); today when left out.' })
    at: string | null | undefined,
    @Ctx() { loaders, services }: Context,
  ): Promise<Appointment[]> {
    return loaders.holdersBySeatOn.load({ id: seat.id, argument: at ?? services.clock.today() });
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @Authorized<Access>('PUBLIC')
  @Query(() => Person, { description: 'A person who holds or held a seat; contact data for the secretariat only.' })
  async person(
    @Arg('id', () => ID, { description: "The person's id." }) id: string,
    @Ctx() { services, caller }: Context,
  ): Promise<Person> {
    return services.appointments.getPerson(caller, parseId(id, 'id'));
  }

  @Authorized<Access>('seats:appoint')
  @Query(() => [Person], { description: 'People registered in the community, by name (for appointing).' })
  async persons(
    @Arg('communityId', () => ID, { description: 'The community.' }) communityId: string,
    @Ctx() { services, caller }: Context,
  ): Promise<Person[]> {
    return services.appointments.listPersons(caller, parseId(communityId, 'communityId'));
  }

  @Authorized<Access>('seats:appoint')
  @Mutation(() => Person, { description: 'Registers a person who can then be appointed.' })
  async createPerson(
    @Arg('communityId', () => ID, { description: 'The community.' }) communityId: string,
    @Arg('input', () => PersonInput, { description: 'The values; each field is described on the input type.' }) input: PersonInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Person> {
    return toPerson(
      await services.appointments.createPerson(
        caller,
        parseId(communityId, 'communityId'),
        input,
        optionalId(input.partnerId, 'partnerId'),
      ),
    );
  }

  @Authorized<Access>('seats:appoint')
  @Mutation(() => Person, {
    description:
      "Corrects a registered person's name, title, employer and partner (their side): the secretariat of the person's community, or a regional council for a person only it appointed (every seat they hold or held is one it appoints to). E-mail and phone: the secretariat only.",
  })
  async updatePerson(
    @Arg('input', () => UpdatePersonInput, { description: 'The values; each field is described on the input type.' })
    input: UpdatePersonInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Person> {
    return toPerson(
      await services.appointments.updatePerson(
        caller,
        parseId(input.personId, 'personId'),
        input,
        input.partnerId === undefined ? undefined : optionalId(input.partnerId, 'partnerId'),
      ),
    );
  }

  @FieldResolver(() => SeatSide, {
    nullable: true,
    description: 'The side the person belongs to, from the partner they work for; null when neither (a user representative, a GP).',
  })
  side(@Root() person: Person, @Ctx() { loaders }: Context): Promise<SeatSideValue | null> {
    return sideOf(person, loaders);
  }

  @FieldResolver(() => [Appointment], { description: "The person's appointments, newest first." })
  async appointments(@Root() person: Person, @Ctx() { loaders }: Context): Promise<Appointment[]> {
    return loaders.appointmentsByPerson.load(person.id);
  }
}

@Resolver(() => Organ)
export class OrganCompositionResolver {
  @FieldResolver(() => [Seat], { description: 'The seats, in order, retired ones too (see retiredOn).' })
  async seats(@Root() organ: Organ, @Ctx() { loaders }: Context): Promise<Seat[]> {
    return loaders.seatsByOrgan.load(organ.id);
  }

  @FieldResolver(() => Boolean, {
    description: 'Not public: whether the caller may create and retire seats of the organ (the secretariat).',
  })
  canManageSeats(@Root() organ: Organ, @Ctx() { caller }: Context): boolean {
    return mayManageSeats(caller, organ.communityId);
  }

  @FieldResolver(() => [Appointment], {
    description: 'The composition on a date (default today): members, deputies, observers and officers.',
  })
  async members(
    @Root() organ: Organ,
    @Arg('at', () => LocalDate, { nullable: true, description: 'The date (YYYY-MM-DD); today when left out.' })
    at: string | null | undefined,
    @Ctx() { loaders, services }: Context,
  ): Promise<Appointment[]> {
    return (await holdersOn(await loaders.seatsByOrgan.load(organ.id), at ?? services.clock.today(), loaders)).flat();
  }

  @FieldResolver(() => [Seat], { description: 'Seats without a member (or observer) on a date (default today).' })
  async vacancies(
    @Root() organ: Organ,
    @Arg('at', () => LocalDate, { nullable: true, description: 'The date (YYYY-MM-DD); today when left out.' })
    at: string | null | undefined,
    @Ctx() { loaders, services }: Context,
  ): Promise<Seat[]> {
    const date = at ?? services.clock.today();
    const seats = (await loaders.seatsByOrgan.load(organ.id)).filter((seat) => inUseOn(seat, date));
    const filled = await filledSeats(seats, date, loaders);
    return seats.filter((seat) => !filled.has(seat.id) && seatNeedsHolder(seat));
  }

  @FieldResolver(() => ParityReport, {
    description: 'Whether hospital and municipal voting members are as many on a date (default today).',
  })
  async parity(
    @Root() organ: Organ,
    @Arg('at', () => LocalDate, { nullable: true, description: 'The date (YYYY-MM-DD); today when left out.' })
    at: string | null | undefined,
    @Ctx() { loaders, services }: Context,
  ): Promise<ParityReport> {
    const date = at ?? services.clock.today();
    const seats = (await loaders.seatsByOrgan.load(organ.id)).filter((seat) => inUseOn(seat, date));
    const filled = await filledSeats(seats, date, loaders);
    return Object.assign(
      new ParityReport(),
      parityOf(seats.map((seat) => ({ side: seat.side, voting: seat.voting, filled: filled.has(seat.id) }))),
    );
  }
}

@Resolver(() => RegionalCouncil)
export class RegionalCouncilSeatsResolver {
  @FieldResolver(() => [Seat], { description: 'The seats this council appoints to.' })
  async seats(@Root() council: RegionalCouncil, @Ctx() { loaders }: Context): Promise<Seat[]> {
    return loaders.seatsByRegionalCouncil.load(council.id);
  }
}

async function seatOf(seatId: string, loaders: Context['loaders']): Promise<Seat> {
  const seat = await loaders.seatById.load(seatId);
  if (!seat) throw notFound('seat', seatId);
  return seat;
}

async function personOf(appointment: Appointment, loaders: Context['loaders']): Promise<Person> {
  const person = await loaders.personById.load(appointment.personId);
  if (!person) throw notFound('person', appointment.personId);
  return person;
}

/** A person's side, from the partner they work for (read once per request per partner). */
async function sideOf(person: Person, loaders: Context['loaders']): Promise<SeatSideValue | null> {
  if (!person.partnerId) return null;
  return sideOfPartnerKind((await loaders.partnerById.load(person.partnerId))?.kind ?? null);
}

/** A retired seat is counted up to and including its last day. */
function inUseOn(seat: Seat, date: string): boolean {
  return seat.retiredOn === null || seat.retiredOn >= date;
}

/** The roles the seat takes that the caller records; none on a retired seat. */
function appointableRolesOf(seat: Seat, caller: Context['caller']): AppointmentRoleValue[] {
  if (seat.retiredOn !== null) return [];
  return rolesForSeat(seat, seat.officersElected).filter((role) => mayAppoint(caller, seat, role));
}

/** Deputy-list seats are never vacant in this sense: they have no member. */
function seatNeedsHolder(seat: Seat): boolean {
  return seat.side === 'OBSERVER' || seat.voting;
}

/** The appointments of each seat on the date, in the seats' order: one statement for every seat asked on that date. */
function holdersOn(seats: readonly Seat[], date: string, loaders: Context['loaders']): Promise<Appointment[][]> {
  return Promise.all(seats.map((seat) => loaders.holdersBySeatOn.load({ id: seat.id, argument: date })));
}

async function filledSeats(seats: readonly Seat[], date: string, loaders: Context['loaders']): Promise<Set<string>> {
  const holders = await holdersOn(seats, date, loaders);
  return new Set(
    seats
      .filter((_, index) => holders[index]?.some((appointment) => appointment.role === 'MEMBER' || appointment.role === 'OBSERVER'))
      .map((seat) => seat.id),
  );
}
