import { addDays } from '@helsefellesskap/calendar';
import type { Repositories } from '../database/repositories.js';
import { CaseEntity, type CaseKind, type CaseStatus, type RecordAccess } from '../modules/case/case.entity.js';
import { caseReference, yearOf } from '../modules/case/case.rules.js';
import { OrganEntity, OrganRuleVersionEntity } from '../modules/organ/organ.entity.js';

/**
 * The seeds' cases in the register of Lofoten, Vesterålen, Salten, at their real numbers and dates
 * (recorded from the archive): Partnerskapsmøte sak 10-2021 and 04-2022, SSU sak 26/2024 with its four
 * recommended points and the three cases it lists, Styresak 052/2021 of the hospital's board (an outside
 * body, under its own reference), one case exempt from public access, and one case submitted this year.
 * Running it again changes nothing (a case is found by its organ, year and number).
 */
const COMMUNITY = 'Helsefellesskapet Lofoten, Vesterålen, Salten';
const PARTNERSHIP_MEETING = 'Partnerskapsmøtet';
const SSU = 'Strategisk samarbeidsutvalg (SSU)';
const HOSPITAL_BOARD = 'Styret i Nordlandssykehuset HF';

interface DemoCase {
  organ: string;
  year: number;
  number: number;
  title: string;
  kind: CaseKind;
  externalReference?: string;
  archiveReference?: string;
  caseworkers?: string[];
  documentDate?: string;
  recommendation?: string[];
  background?: string;
  municipalAssessment?: string;
  hospitalAssessment?: string;
  access?: RecordAccess;
  exemptionBasis?: string;
  publicTitle?: string;
  /** The references of the cases it lists among its papers. */
  links?: { organ: string; year: number; number: number }[];
}

const SEED_CASES: DemoCase[] = [
  {
    organ: PARTNERSHIP_MEETING,
    year: 2021,
    number: 10,
    title: 'Helsefelleskapet og sekretariatsfunksjon',
    kind: 'DECISION',
    caseworkers: ['Marion Celius', 'Trude Kristin Kristensen'],
    documentDate: '2021-08-03',
    archiveReference: '2021/3288',
    recommendation: ['Partnerskapsmøtet anbefaler at prosessen med å etablere en tilfredsstillende sekretariatsfunksjon avklares snarest.'],
    background: [
      'Saken har sin bakgrunn i endringen fra partssamarbeid til partnerskap mellom Nordlandssykehuset HF og 20 kommuner i sykehusets nedslagsfelt.',
      'Målet er å få likeverdighet mellom partene, og er i tråd med føringer i Nasjonal helse- og sykehusplan 2020-2023 (St.m.7 (2019-2020)) og samarbeidsavtale mellom KS og regjeringen.',
      'De største endringene er at kommunene etablerer kommunal samhandlingstilling som sammen med sykehusets samhandlingssjef utgjør en sekretariatsfunksjon og forbereder saker i fellesskap for de besluttede organer. Videre at **konsensusbeslutninger i helsefelleskapet forplikter partnerne**.',
      'Regjeringen har etablert en tilskuddsordning for kommunene med formål å etablere en kommunal samhandlingsressurs. En kommune kan søke på vegne av kommunene i helsefelleskapet.',
    ].join('\n\n'),
  },
  {
    organ: PARTNERSHIP_MEETING,
    year: 2022,
    number: 4,
    title: 'Samhandlingsarenaer i Helsefelleskapet Lofoten, Vesterålen, Salten',
    kind: 'DECISION',
    caseworkers: ['Trude Kristin Kristensen', 'Knut Erik Dahlmo', 'Stian Molvik'],
    documentDate: '2022-10-04',
    archiveReference: '2022/2936',
    recommendation: [
      'Partnerskapsmøtet ber strategisk samarbeidsutvalg (SSU) legge til rette for hensiktsmessige samhandlingsarenaer hvor partnerne har likeverdig eierskap til innhold og organisering',
    ],
    background: [
      'Før etablering av helsefelleskapet hadde Nordlandssykehuset HF et antall arenaer der kommunene ble invitert inn, enkelte av disse var forankret i tidligere overordnet samarbeidsorgan (OSO), der tema var samhandling.',
      'Partnerskapsmøtet orienteres i denne saken om SSU sitt arbeid med å utvikle eksisterende samhandlingsarenaer til arenaer som blir likeverdige møteplasser.',
    ].join('\n\n'),
    municipalAssessment:
      'Kommunene i helsefelleskapet har mange, godt etablerte, møteplasser og nettverk for politikere, ledere og fagfolk. Kommunene vurderer at RKK (Regionalt kontor for kompetanseutvikling) er en aktuell aktør som kan bistå i fasilitering av lokale samhandlingsarenaer sammen med Kunnskapskommunen Helse og Omsorg Nord.',
    hospitalAssessment:
      'Nordlandssykehuset er opptatt av å utvikle tiltak som virker. Møteplasser mellom fagfolk og ledere i kommuner og helseforetak er avgjørende for å kunne legge til rette for enda mer virksomme pasientforløp.',
  },
  {
    organ: SSU,
    year: 2023,
    number: 3,
    title: 'Evaluering av dialog- og partnerskapsmøtet 2022',
    kind: 'DISCUSSION',
    documentDate: '2023-01-20',
  },
  {
    organ: SSU,
    year: 2023,
    number: 34,
    title:
      'Status revisjon av overordnet samarbeidsavtale og tilhørende tjenesteavtaler, oppfølging av SSU sak 05-2023 Samarbeidsavtalen mellom kommunene og Nordlandssykehuset HF',
    kind: 'ORIENTATION',
    documentDate: '2023-11-10',
  },
  {
    organ: PARTNERSHIP_MEETING,
    year: 2023,
    number: 8,
    title: 'Dialog- og partnerskapsmøtet 2024',
    kind: 'DECISION',
    documentDate: '2023-09-01',
  },
  {
    organ: SSU,
    year: 2024,
    number: 26,
    title: 'Helsefellesskapet 2024 - anbefalinger til partnerskapsmøtet',
    kind: 'DECISION',
    caseworkers: ['Knut Erik Dahlmo', 'Stian Molvik'],
    documentDate: '2024-10-17',
    archiveReference: '26/2024',
    recommendation: [
      'Strategisk samarbeidsutvalg (SSU) prolongerer handlingsplanen 2022-2024 fram til status i planen kan behandles av partnerskapsmøtet.',
      'Partnerskapsmøtet foreslås gjennomført 5. februar 2025 under forutsetning at møter med interkommunale politiske råd er gjennomført.',
      'SSU vurderer erfaringene fra samarbeidet om dialogmøtet med helseinnovasjonsuka som gode og ønsker samarbeid med KPB/Inovacare også i 2025.',
      'SSU utarbeider statusrapport 2024 etter mal fra statusrapport 2023. Rapporten presenteres for SSU 1 2025 og legges fram for behandling i partnerskapsmøtet',
    ],
    background: [
      'Saken omhandler to elementer SSU må ta stilling til: anbefalinger til partnerskapsmøte, og erfaringer fra dialogmøtet 24.9.2024, som det gis en orientering om i møtet.',
      'Partnerskapsmøtet 2022 vedtok helsefellesskapets handlingsplan 2022 – 2024 og perioden er i ferd med å utløpe. SSU bør derfor gjøre opp status i måloppnåelsen i handlingsplanen.',
      'Partnerskapsmøtet i 2023 gjorde i sak 08 Dialog- og partnerskapsmøtet 2024 følgende vedtak:',
      '1. Partnerskapsmøtet vedtar at dato for dialog- og partnerskapsmøtet settes i tilknytning til KS høstkonferanse 2024\n2. Partnerskapsmøtet vedtar at datoen for dialog- og partnerskapsmøtet 2024 skal publiseres straks etter at dato for KS høstkonferansen er satt\n3. Partnerskapsmøtet er åpen for strategisk samarbeidsutvalg kan vurdere endringer i form og innhold dersom erfaringer fra årets møte tilsier dette.',
    ].join('\n\n'),
    links: [
      { organ: SSU, year: 2023, number: 3 },
      { organ: SSU, year: 2023, number: 34 },
      { organ: PARTNERSHIP_MEETING, year: 2023, number: 8 },
    ],
  },
  {
    organ: HOSPITAL_BOARD,
    year: 2021,
    number: 52,
    externalReference: 'Styresak 052/2021',
    title: 'Etablering av helsefelleskap i Nordlandssykehuset HF',
    kind: 'ORIENTATION',
    caseworkers: ['Trude Kristin Kristensen'],
    documentDate: '2021-04-23',
    archiveReference: '2021/2075',
    recommendation: ['Styret tar saken til orientering'],
    background:
      'I tråd med nasjonal helse- og sykehusplan 2020-2023 og avtale mellom regjeringen og Kommunenes sentralforbund (KS) av 23. oktober 2019 om innføring av helsefellesskap samarbeider nå Nordlandssykehuset HF og kommunene om etableringen.',
  },
  {
    organ: SSU,
    year: 2024,
    number: 27,
    title: 'Tilsetting av interkommunal samhandlingsleder – vurdering av søkerne (demo)',
    kind: 'DECISION',
    access: 'EXEMPT',
    exemptionBasis: 'Offl. § 25',
    publicTitle: 'Tilsetting av interkommunal samhandlingsleder',
    caseworkers: ['Trude Kristin Kristensen'],
    documentDate: '2024-10-20',
    recommendation: ['SSU innstiller søker nr. 2 (demo) til stillingen som interkommunal samhandlingsleder.'],
    background: 'Søkerlisten og vurderingen av søkerne er unntatt offentlighet (demo).',
  },
];

export async function loadDemoCases(repositories: Repositories, today: string): Promise<void> {
  const community = await repositories.communities.findByName(COMMUNITY);
  if (!community) return;
  const organs = new Map<string, OrganEntity>();
  for (const name of [PARTNERSHIP_MEETING, SSU]) {
    const organ = await repositories.organs.findByName(community.id, name);
    if (!organ) return;
    organs.set(name, organ);
  }
  organs.set(HOSPITAL_BOARD, await hospitalBoard(repositories, community.id));

  const ids = new Map<string, string>();
  const key = (organ: string, year: number, number: number) => `${organ}|${year}|${number}`;
  for (const demo of SEED_CASES) {
    const organ = organs.get(demo.organ);
    if (!organ) continue;
    const saved = await ensureCase(repositories, organ, demo, 'SUBMITTED', demo.documentDate ?? null);
    ids.set(key(demo.organ, demo.year, demo.number), saved.id);
  }
  for (const demo of SEED_CASES) {
    const caseId = ids.get(key(demo.organ, demo.year, demo.number));
    if (!caseId || !demo.links || (await repositories.cases.findLinks(caseId)).length > 0) continue;
    const linked = demo.links.flatMap((link) => ids.get(key(link.organ, link.year, link.number)) ?? []);
    await repositories.cases.replaceLinks(caseId, linked);
  }

  // A case of this year, submitted six weeks ago: ready for an agenda.
  const ssu = organs.get(SSU);
  if (ssu && !(await repositories.cases.readYearsOfOrgans([ssu.id])).some((row) => row.year === yearOf(today))) {
    const submittedOn = addDays(today, -42);
    await ensureCase(
      repositories,
      ssu,
      {
        organ: SSU,
        year: yearOf(today),
        number: 0,
        title: `Statusrapport ${yearOf(today) - 1} for handlingsplanen`,
        kind: 'DECISION',
        caseworkers: ['Knut Erik Dahlmo'],
        documentDate: submittedOn,
        recommendation: ['SSU slutter seg til statusrapporten og legger den fram for partnerskapsmøtet.'],
        background: 'Statusrapporten er utarbeidet etter mal fra fjorårets rapport, per innsatsområde.',
      },
      'SUBMITTED',
      submittedOn,
    );
  }
}

/** The hospital's board, an outside body whose cases the register records under their own references. */
async function hospitalBoard(repositories: Repositories, communityId: string): Promise<OrganEntity> {
  const existing = await repositories.organs.findByName(communityId, HOSPITAL_BOARD);
  if (existing) return existing;
  const organ = await repositories.organs.save(
    Object.assign(new OrganEntity(), {
      communityId,
      name: HOSPITAL_BOARD,
      kind: 'OTHER',
      establishedOn: null,
      dissolvedOn: null,
      officersElectedByOrganId: null,
      chairRotationYears: null,
    }),
  );
  await repositories.organs.saveRuleVersion(
    Object.assign(new OrganRuleVersionEntity(), {
      organId: organ.id,
      effectiveFrom: '2002-01-01',
      meetingsPerYear: null,
      caseSubmissionDeadlineDays: null,
      noticePeriodDays: null,
      noticePeriodMaxDays: null,
      extraordinaryNoticeDays: null,
      protocolDeadlineDays: null,
      minutesObjectionPeriodDays: null,
      decisionRule: 'VOTE',
    }),
  );
  return organ;
}

/** The case at its number (the next one of the year when `number` is 0), made when missing. */
async function ensureCase(
  repositories: Repositories,
  organ: OrganEntity,
  demo: DemoCase,
  status: CaseStatus,
  submittedOn: string | null,
): Promise<{ id: string }> {
  if (demo.number > 0) {
    const [existing] = await repositories.cases.readByReferences([
      { communityId: organ.communityId, reference: caseReference(organ.kind, demo.number, demo.year, demo.externalReference ?? null) },
    ]);
    if (existing) return existing;
    await repositories.cases.raiseCounterTo(organ.id, demo.year, demo.number);
  }
  const number = demo.number > 0 ? demo.number : await repositories.cases.takeNextNumber(organ.id, demo.year);
  const externalReference = demo.externalReference ?? null;
  return repositories.cases.insert(
    Object.assign(new CaseEntity(), {
      communityId: organ.communityId,
      organId: organ.id,
      year: demo.year,
      number,
      reference: caseReference(organ.kind, number, demo.year, externalReference),
      externalReference,
      title: demo.title,
      kind: demo.kind,
      status,
      submittedOn: submittedOn ?? `${demo.year}-01-01`,
      access: demo.access ?? 'PUBLIC',
      exemptionBasis: demo.exemptionBasis ?? null,
      publicTitle: demo.publicTitle ?? null,
      archiveReference: demo.archiveReference ?? null,
      caseworkers: demo.caseworkers ?? [],
      documentDate: demo.documentDate ?? null,
      recommendation: demo.recommendation ?? [],
      background: demo.background ?? '',
      municipalAssessment: demo.municipalAssessment ?? '',
      hospitalAssessment: demo.hospitalAssessment ?? '',
    }),
  );
}
