import { addYears, yearOf } from '@helsefellesskap/calendar';
import type { Repositories } from '../database/repositories.js';
import type { AppointmentRole, AppointingBodyKind, SeatSide } from '../modules/appointment/appointment.entity.js';
import { AppointmentEntity, PersonEntity, SeatEntity } from '../modules/appointment/appointment.entity.js';

/**
 * Helgeland's SSU as seed 002, 4-3 describes it: 7 hospital and 7 municipal voting seats (the
 * municipal ones split between the two regional councils), the hospital's deputy list, personal
 * deputies, the observers, and a chair that passed from the hospital to the municipalities when the
 * current term began. Every person is invented and marked "(demo)".
 *
 * The seeds describe the term 2025–2026 after one of 2023–2024. The demo keeps that shape but dates it
 * relative to the day it is loaded: the current two-year term (starting in an odd year, as in the seeds)
 * spans today, and the history (an earlier member, the previous chair) lies in the term before it.
 */
const HELGELAND = 'Helsefellesskap Helgeland';
const HOSPITAL = 'Helgelandssykehuset HF';
const SSU = 'Strategisk samarbeidsutvalg (SSU)';
const PARTNERSHIP_MEETING = 'Partnerskapsmøtet';

/** The seeds' dates moved by whole terms, so that the seeds' current term (2025–2026) becomes the one that spans `today`. */
export function demoCalendar(today: string) {
  const year = yearOf(today);
  const shift = year - 2025 - ((((year - 2025) % 2) + 2) % 2);
  const date = (seedDate: string) => addYears(seedDate, shift);
  return {
    /** A year of the seeds, moved like the dates (for decisions' references). */
    year: (seedYear: number) => seedYear + shift,
    term: { startsOn: date('2025-01-01'), endsOn: date('2026-12-31') },
    previousTerm: { startsOn: date('2023-01-01'), endsOn: date('2024-12-31') },
  };
}

/** Invented people's names, shared with the national data set (which adds more). */
export const FIRST_NAMES = [
  'Anne',
  'Bjørn',
  'Camilla',
  'Dag',
  'Elin',
  'Frode',
  'Guro',
  'Håkon',
  'Ingrid',
  'Jon',
  'Kari',
  'Lars',
  'Marit',
  'Nils',
  'Oda',
  'Per',
  'Randi',
  'Svein',
  'Tone',
  'Unni',
  'Vegard',
  'Wenche',
  'Øystein',
  'Åse',
];
export const LAST_NAMES = [
  'Berg',
  'Dahl',
  'Eide',
  'Fossum',
  'Hansen',
  'Johansen',
  'Karlsen',
  'Lund',
  'Moe',
  'Nilsen',
  'Olsen',
  'Pedersen',
  'Rønning',
  'Strand',
  'Sørensen',
  'Vik',
];

type Body =
  | { kind: 'PARTNER'; name: string }
  | { kind: 'REGIONAL_COUNCIL'; name: string }
  | { kind: 'ORGAN'; name: string }
  | { kind: 'EXTERNAL'; name: string };
interface DemoSeat {
  label: string;
  side: SeatSide;
  voting: boolean;
  body: Body;
}

const hospital: Body = { kind: 'PARTNER', name: HOSPITAL };
const helgelandsradet: Body = { kind: 'REGIONAL_COUNCIL', name: 'Helgelandsrådet' };
const indreHelgeland: Body = { kind: 'REGIONAL_COUNCIL', name: 'Indre Helgeland Regionråd' };
const external = (name: string): Body => ({ kind: 'EXTERNAL', name });

const seats: DemoSeat[] = [
  ...Array.from({ length: 7 }, (_, index) => ({
    label: `Helgelandssykehuset ${index + 1}`,
    side: 'HOSPITAL' as const,
    voting: true,
    body: hospital,
  })),
  ...Array.from({ length: 4 }, (_, index) => ({
    label: `Kommunal representant ${index + 1} (Helgelandsrådet)`,
    side: 'MUNICIPAL' as const,
    voting: true,
    body: helgelandsradet,
  })),
  ...Array.from({ length: 3 }, (_, index) => ({
    label: `Kommunal representant ${index + 5} (Indre Helgeland)`,
    side: 'MUNICIPAL' as const,
    voting: true,
    body: indreHelgeland,
  })),
  { label: 'Sykehusets vararepresentantliste', side: 'HOSPITAL', voting: false, body: hospital },
  { label: 'Ansattrepresentant, sykehuset', side: 'OBSERVER', voting: false, body: external('Tillitsvalgte i Helgelandssykehuset') },
  { label: 'Ansattrepresentant, kommunene', side: 'OBSERVER', voting: false, body: external('Tillitsvalgte i kommunene') },
  { label: 'Brukerrepresentant, sykehuset', side: 'OBSERVER', voting: false, body: external('Brukerutvalget i Helgelandssykehuset') },
  { label: 'Brukerrepresentant, kommunene', side: 'OBSERVER', voting: false, body: external('Kommunale brukerråd') },
  { label: 'Fastlege/kommunelege', side: 'OBSERVER', voting: false, body: { kind: 'ORGAN', name: SSU } },
  { label: 'Samhandlingssjef, sykehuset', side: 'OBSERVER', voting: false, body: hospital },
  { label: 'Interkommunal samhandlingsleder', side: 'OBSERVER', voting: false, body: external('Vertskommunen') },
  { label: 'KS', side: 'OBSERVER', voting: false, body: external('KS') },
  { label: 'Statsforvalteren', side: 'OBSERVER', voting: false, body: external('Statsforvalteren i Nordland') },
  { label: 'Nord universitet', side: 'OBSERVER', voting: false, body: external('Nord universitet') },
  { label: 'VID vitenskapelige høgskole', side: 'OBSERVER', voting: false, body: external('VID vitenskapelige høgskole') },
  { label: 'UiT Norges arktiske universitet', side: 'OBSERVER', voting: false, body: external('UiT Norges arktiske universitet') },
];

export async function loadDemoComposition(repositories: Repositories, today: string): Promise<void> {
  const { year, term: TERM, previousTerm } = demoCalendar(today);
  const community = await repositories.communities.findByName(HELGELAND);
  if (!community) return;
  const ssu = await repositories.organs.findByName(community.id, SSU);
  const partnershipMeeting = await repositories.organs.findByName(community.id, PARTNERSHIP_MEETING);
  if (!ssu || !partnershipMeeting) return;
  if ((await repositories.appointments.findSeatsOfOrgans([ssu.id])).length > 0) return;

  ssu.officersElectedByOrganId = partnershipMeeting.id;
  ssu.chairRotationYears = 2;
  await repositories.organs.save(ssu);

  const partners = await repositories.partners.findByCommunityIds([community.id]);
  const councils = await repositories.regionalCouncils.findByCommunityIds([community.id]);
  const bodyIds = (body: Body) => ({
    appointingRegionalCouncilId:
      body.kind === 'REGIONAL_COUNCIL' ? (councils.find((council) => council.name === body.name)?.id ?? null) : null,
    appointingPartnerId: body.kind === 'PARTNER' ? (partners.find((partner) => partner.name === body.name)?.id ?? null) : null,
    appointingOrganId: body.kind === 'ORGAN' ? ssu.id : null,
    appointingBodyName: body.kind === 'EXTERNAL' ? body.name : null,
  });

  const saved = new Map<string, SeatEntity>();
  for (const [index, seat] of seats.entries()) {
    saved.set(
      seat.label,
      await repositories.appointments.saveSeat(
        Object.assign(new SeatEntity(), {
          communityId: community.id,
          organId: ssu.id,
          position: index + 1,
          label: seat.label,
          side: seat.side,
          voting: seat.voting,
          appointingBodyKind: seat.body.kind satisfies AppointingBodyKind,
          ...bodyIds(seat.body),
        }),
      ),
    );
  }

  let personCount = 0;
  const newPerson = async (title: string, employer: string) => {
    const first = FIRST_NAMES[personCount % FIRST_NAMES.length] ?? 'Demo';
    const last = LAST_NAMES[(personCount * 7) % LAST_NAMES.length] ?? 'Person';
    personCount += 1;
    return repositories.appointments.savePerson(
      Object.assign(new PersonEntity(), {
        communityId: community.id,
        name: `${first} ${last} (demo)`,
        title,
        employer,
        email:
          `${first}.${last}`.toLowerCase().replace(/[æøå]/g, (letter) => ({ æ: 'ae', ø: 'o', å: 'a' })[letter] ?? letter) + '@demo.example',
        phone: `+47 400 ${String(10_000 + personCount).slice(1, 3)} ${String(100 + personCount).slice(0, 3)}`,
        // The partner they work for gives their side (observers work for neither).
        partnerId: partners.find((partner) => partner.name === employer || `${partner.name} kommune` === employer)?.id ?? null,
      }),
    );
  };
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
    const appointedBy = role === 'CHAIR' || role === 'VICE_CHAIR' ? PARTNERSHIP_MEETING : seatBody(label);
    return repositories.appointments.saveAppointment(
      Object.assign(new AppointmentEntity(), {
        communityId: community.id,
        seatId: seat.id,
        personId: person.id,
        role,
        deputyForAppointmentId: null,
        deputyRank: null,
        ...period,
        appointedBy,
        decisionReference: reference,
        ...extra,
      }),
    );
  };
  const seatBody = (label: string) => seats.find((seat) => seat.label === label)?.body.name ?? '';

  const hospitalMembers: PersonEntity[] = [];
  for (let index = 1; index <= 7; index += 1) {
    const person = await newPerson(index === 1 ? 'Administrerende direktør' : 'Klinikksjef', HOSPITAL);
    hospitalMembers.push(person);
    // Seat 1 has served since the previous term, whose chair came from the hospital.
    await appoint(
      `Helgelandssykehuset ${index}`,
      person,
      'MEMBER',
      index === 1 ? { startsOn: previousTerm.startsOn, endsOn: TERM.endsOn } : TERM,
      `Helgelandssykehuset, direktørens vedtak ${year(2024)}/118`,
    );
  }
  for (let rank = 1; rank <= 3; rank += 1) {
    await appoint(
      'Sykehusets vararepresentantliste',
      await newPerson('Avdelingsleder', HOSPITAL),
      'DEPUTY',
      TERM,
      `Helgelandssykehuset, direktørens vedtak ${year(2024)}/118`,
      { deputyRank: rank },
    );
  }
  const municipalMembers: PersonEntity[] = [];
  let earlierMember: AppointmentEntity | undefined;
  for (let index = 1; index <= 7; index += 1) {
    const council = index <= 4 ? 'Helgelandsrådet' : 'Indre Helgeland';
    const label = `Kommunal representant ${index} (${council})`;
    const reference = index <= 4 ? `Helgelandsrådet sak 41/${year(2024)}` : `Indre Helgeland Regionråd sak 17/${year(2024)}`;
    if (index === 5) {
      // Seat 5 had another member, with a personal deputy (registered last, so the demo's names stay put), in the previous term.
      earlierMember = await appoint(
        label,
        await newPerson('Kommunalsjef helse', 'Rana kommune'),
        'MEMBER',
        previousTerm,
        `Indre Helgeland Regionråd sak 09/${year(2022)}`,
      );
    }
    const member = await newPerson('Kommunalsjef helse og omsorg', index <= 4 ? 'Vefsn kommune' : 'Rana kommune');
    municipalMembers.push(member);
    const membership = await appoint(label, member, 'MEMBER', TERM, reference);
    await appoint(
      label,
      await newPerson('Enhetsleder', index <= 4 ? 'Alstahaug kommune' : 'Hemnes kommune'),
      'PERSONAL_DEPUTY',
      TERM,
      reference,
      { deputyForAppointmentId: membership.id },
    );
  }
  for (const seat of seats.filter((candidate) => candidate.side === 'OBSERVER')) {
    await appoint(
      seat.label,
      await newPerson('Observatør', seat.body.name),
      'OBSERVER',
      { startsOn: TERM.startsOn, endsOn: null },
      `${seat.body.name}, oppnevning ${year(2024)}`,
    );
  }
  const [hospitalChair] = hospitalMembers;
  const [municipalChair] = municipalMembers;
  if (hospitalChair && municipalChair) {
    await appoint('Helgelandssykehuset 1', hospitalChair, 'CHAIR', previousTerm, `Partnerskapsmøtet sak 05/${year(2022)}`);
    const election = `Partnerskapsmøtet sak 06/${year(2024)}`;
    await appoint('Kommunal representant 1 (Helgelandsrådet)', municipalChair, 'CHAIR', TERM, election);
    await appoint('Helgelandssykehuset 1', hospitalChair, 'VICE_CHAIR', TERM, election);
  }
  if (earlierMember) {
    await appoint(
      'Kommunal representant 5 (Indre Helgeland)',
      await newPerson('Rådgiver helse', 'Rana kommune'),
      'PERSONAL_DEPUTY',
      previousTerm,
      earlierMember.decisionReference,
      { deputyForAppointmentId: earlierMember.id },
    );
  }
}
