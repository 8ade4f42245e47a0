import type { Repositories } from '../database/repositories.js';
import type { AppointingBodyKind, AppointmentRole, SeatSide } from '../modules/appointment/appointment.entity.js';
import { AppointmentEntity, PersonEntity, SeatEntity } from '../modules/appointment/appointment.entity.js';
import { demoCalendar, FIRST_NAMES, LAST_NAMES } from './load-demo-composition.js';

/**
 * The SSU of Lofoten, Vesterålen, Salten as DOMAIN.md describes an SSU: 7 hospital and 7 municipal
 * voting seats, the municipal ones appointed by the three regional councils (Salten regionråd 3,
 * Lofotrådet 2, Vesterålen regionråd 2, roughly by population), each member with a personal deputy;
 * the hospital's deputy list; observers with the right to speak; the chair elected by the partnership
 * meeting, alternating sides every two years. Dated like Helgeland's (`demoCalendar`); every person
 * is invented and marked "(demo)".
 */
const COMMUNITY = 'Helsefellesskapet Lofoten, Vesterålen, Salten';
const HOSPITAL = 'Nordlandssykehuset HF';
const SSU = 'Strategisk samarbeidsutvalg (SSU)';
const PARTNERSHIP_MEETING = 'Partnerskapsmøtet';

type Body = { kind: AppointingBodyKind; name: string };
interface DemoSeat {
  label: string;
  side: SeatSide;
  voting: boolean;
  body: Body;
}

const hospital: Body = { kind: 'PARTNER', name: HOSPITAL };
const external = (name: string): Body => ({ kind: 'EXTERNAL', name });
/** Each council's seats, and the municipalities its members and deputies come from. */
const councils = [
  { name: 'Salten regionråd', seats: 3, municipalities: ['Bodø', 'Fauske', 'Meløy', 'Saltdal', 'Steigen', 'Gildeskål'] },
  { name: 'Lofotrådet', seats: 2, municipalities: ['Vestvågøy', 'Vågan', 'Flakstad', 'Moskenes'] },
  { name: 'Vesterålen regionråd', seats: 2, municipalities: ['Sortland', 'Hadsel', 'Andøy', 'Øksnes'] },
] as const;

const seats: DemoSeat[] = [
  ...Array.from({ length: 7 }, (_, index) => ({
    label: `Nordlandssykehuset ${index + 1}`,
    side: 'HOSPITAL' as const,
    voting: true,
    body: hospital,
  })),
  ...councils.flatMap((council, councilIndex) =>
    Array.from({ length: council.seats }, (_, index) => ({
      label: `Kommunal representant ${councils.slice(0, councilIndex).reduce((sum, before) => sum + before.seats, 0) + index + 1} (${council.name})`,
      side: 'MUNICIPAL' as const,
      voting: true,
      body: { kind: 'REGIONAL_COUNCIL' as const, name: council.name },
    })),
  ),
  { label: 'Sykehusets vararepresentantliste', side: 'HOSPITAL', voting: false, body: hospital },
  { label: 'Ansattrepresentant, sykehuset', side: 'OBSERVER', voting: false, body: external('Tillitsvalgte i Nordlandssykehuset') },
  { label: 'Ansattrepresentant, kommunene', side: 'OBSERVER', voting: false, body: external('Tillitsvalgte i kommunene') },
  { label: 'Brukerrepresentant, sykehuset', side: 'OBSERVER', voting: false, body: external('Brukerutvalget i Nordlandssykehuset') },
  { label: 'Brukerrepresentant, kommunene', side: 'OBSERVER', voting: false, body: external('Kommunale brukerråd') },
  { label: 'Fastlege', side: 'OBSERVER', voting: false, body: { kind: 'ORGAN', name: SSU } },
  { label: 'Samhandlingssjef, sykehuset', side: 'OBSERVER', voting: false, body: hospital },
  { label: 'Interkommunal koordinator', side: 'OBSERVER', voting: false, body: external('Vertskommunen') },
  { label: 'KS', side: 'OBSERVER', voting: false, body: external('KS') },
  { label: 'Statsforvalteren', side: 'OBSERVER', voting: false, body: external('Statsforvalteren i Nordland') },
  { label: 'Nord universitet', side: 'OBSERVER', voting: false, body: external('Nord universitet') },
  { label: 'UiT Norges arktiske universitet', side: 'OBSERVER', voting: false, body: external('UiT Norges arktiske universitet') },
];

export async function loadDemoLovesaComposition(repositories: Repositories, today: string): Promise<void> {
  const { year, term, previousTerm } = demoCalendar(today);
  const community = await repositories.communities.findByName(COMMUNITY);
  if (!community) return;
  const ssu = await repositories.organs.findByName(community.id, SSU);
  const partnershipMeeting = await repositories.organs.findByName(community.id, PARTNERSHIP_MEETING);
  if (!ssu || !partnershipMeeting) return;
  if ((await repositories.appointments.findSeatsOfOrgans([ssu.id])).length > 0) return;

  ssu.officersElectedByOrganId = partnershipMeeting.id;
  ssu.chairRotationYears = 2;
  await repositories.organs.save(ssu);

  const partners = await repositories.partners.findByCommunityIds([community.id]);
  const councilRows = await repositories.regionalCouncils.findByCommunityIds([community.id]);
  const partnerNamed = (name: string) => partners.find((partner) => partner.name === name)?.id ?? null;

  const saved = new Map<string, SeatEntity>();
  for (const [index, seat] of seats.entries()) {
    const created = await repositories.appointments.saveSeat(
      Object.assign(new SeatEntity(), {
        communityId: community.id,
        organId: ssu.id,
        position: index + 1,
        label: seat.label,
        side: seat.side,
        voting: seat.voting,
        appointingBodyKind: seat.body.kind,
        appointingRegionalCouncilId:
          seat.body.kind === 'REGIONAL_COUNCIL' ? (councilRows.find((council) => council.name === seat.body.name)?.id ?? null) : null,
        appointingPartnerId: seat.body.kind === 'PARTNER' ? partnerNamed(seat.body.name) : null,
        appointingOrganId: seat.body.kind === 'ORGAN' ? ssu.id : null,
        appointingBodyName: seat.body.kind === 'EXTERNAL' ? seat.body.name : null,
        retiredOn: null,
      }),
    );
    saved.set(seat.label, created);
  }

  // Another walk through the names than Helgeland's, so the two communities' people differ.
  let personCount = 5;
  const newPerson = async (title: string, employer: string, partnerId: string | null) => {
    const first = FIRST_NAMES[(personCount * 5) % FIRST_NAMES.length] ?? 'Demo';
    const last = LAST_NAMES[(personCount * 3) % LAST_NAMES.length] ?? 'Person';
    personCount += 1;
    return repositories.appointments.savePerson(
      Object.assign(new PersonEntity(), {
        communityId: community.id,
        name: `${first} ${last} (demo)`,
        title,
        employer,
        // An address each, so the notice of a meeting reaches the members (the dev mailbox shows it).
        email:
          `${first}.${last}.${personCount}`.toLowerCase().replace(/[æøå]/g, (letter) => ({ æ: 'ae', ø: 'o', å: 'a' })[letter] ?? letter) +
          '@lovesa.example',
        phone: null,
        partnerId,
      }),
    );
  };
  const municipal = (name: string, title: string) => newPerson(title, `${name} kommune`, partnerNamed(name));
  const appoint = async (
    label: string,
    person: PersonEntity,
    role: AppointmentRole,
    period: { startsOn: string; endsOn: string | null },
    reference: string,
    extra: Partial<AppointmentEntity> = {},
  ) => {
    const seat = saved.get(label);
    if (!seat) throw new Error(`demo seat ${label} missing`);
    return repositories.appointments.saveAppointment(
      Object.assign(new AppointmentEntity(), {
        communityId: community.id,
        seatId: seat.id,
        personId: person.id,
        role,
        deputyForAppointmentId: null,
        deputyRank: null,
        ...period,
        appointedBy:
          role === 'CHAIR' || role === 'VICE_CHAIR'
            ? PARTNERSHIP_MEETING
            : (seats.find((candidate) => candidate.label === label)?.body.name ?? ''),
        decisionReference: reference,
        cancelledAt: null,
        cancellationReason: null,
        replacedByAppointmentId: null,
        ...extra,
      }),
    );
  };

  const hospitalReference = `Nordlandssykehuset, direktørens vedtak ${year(2024)}/57`;
  const hospitalMembers: PersonEntity[] = [];
  for (let index = 1; index <= 7; index += 1) {
    const person = await newPerson(index === 1 ? 'Administrerende direktør' : 'Klinikksjef', HOSPITAL, partnerNamed(HOSPITAL));
    hospitalMembers.push(person);
    await appoint(
      `Nordlandssykehuset ${index}`,
      person,
      'MEMBER',
      index === 1 ? { startsOn: previousTerm.startsOn, endsOn: term.endsOn } : term,
      hospitalReference,
    );
  }
  for (let rank = 1; rank <= 3; rank += 1) {
    await appoint(
      'Sykehusets vararepresentantliste',
      await newPerson('Avdelingsleder', HOSPITAL, partnerNamed(HOSPITAL)),
      'DEPUTY',
      term,
      hospitalReference,
      {
        deputyRank: rank,
      },
    );
  }

  const municipalMembers: PersonEntity[] = [];
  for (const council of councils) {
    const reference = `${council.name} sak ${council.seats + 10}/${year(2024)}`;
    const councilSeats = seats.filter((seat) => seat.body.name === council.name);
    for (const [index, seat] of councilSeats.entries()) {
      const home = council.municipalities[index % council.municipalities.length] ?? council.municipalities[0];
      const deputyHome = council.municipalities[(index + councilSeats.length) % council.municipalities.length] ?? home;
      const member = await municipal(home, index === 0 ? 'Kommunedirektør' : 'Kommunalsjef helse og omsorg');
      municipalMembers.push(member);
      const membership = await appoint(seat.label, member, 'MEMBER', term, reference);
      await appoint(seat.label, await municipal(deputyHome, 'Enhetsleder'), 'PERSONAL_DEPUTY', term, reference, {
        deputyForAppointmentId: membership.id,
      });
    }
  }

  for (const seat of seats.filter((candidate) => candidate.side === 'OBSERVER')) {
    const partnerId = seat.body.kind === 'PARTNER' ? partnerNamed(seat.body.name) : null;
    await appoint(
      seat.label,
      await newPerson('Observatør', seat.body.name, partnerId),
      'OBSERVER',
      { startsOn: term.startsOn, endsOn: null },
      `${seat.body.name}, oppnevning ${year(2024)}`,
    );
  }

  // The hospital chairs this term (Helgeland's municipalities do): a municipal member is vice-chair.
  const [hospitalChair] = hospitalMembers;
  const [municipalChair] = municipalMembers;
  const firstMunicipalSeat = seats.find((seat) => seat.side === 'MUNICIPAL')?.label ?? '';
  if (hospitalChair && municipalChair) {
    const election = `Partnerskapsmøtet sak 07/${year(2024)}`;
    await appoint('Nordlandssykehuset 1', hospitalChair, 'CHAIR', term, election);
    await appoint(firstMunicipalSeat, municipalChair, 'VICE_CHAIR', term, election);
  }
}
