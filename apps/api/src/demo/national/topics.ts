import type { PRIORITY_PATIENT_GROUPS } from '@helsefellesskap/status-schema';

type PatientGroup = (typeof PRIORITY_PATIENT_GROUPS)[number];

/**
 * What the communities' action plans are about: the national health and hospital plan's four patient
 * groups and two areas most communities add, each with the professional committee (FSU) that carries
 * it, a target and typical measures. The wording is invented in the style of real plans.
 */
export interface Topic {
  focusArea: string;
  committee: string;
  patientGroups: PatientGroup[];
  target: { description: string; indicatorName: string; unit: string; baseline: number; targetValue: number };
  measures: string[];
}

export const TOPICS: readonly Topic[] = [
  {
    focusArea: 'Barn og unge',
    committee: 'FSU barn og unge',
    patientGroups: ['CHILDREN_AND_YOUNG_PEOPLE'],
    target: {
      description: 'Alle kommuner har felles forløp for barn og unge med sammensatte behov',
      indicatorName: 'Andel kommuner med felles forløp',
      unit: '%',
      baseline: 15,
      targetValue: 100,
    },
    measures: [
      'Felles forløp for barn med sammensatte behov',
      'Koordinator for barn og unge i hver kommune',
      'Tidlig innsats i helsestasjon og skolehelsetjeneste',
      'Samarbeid om barn som pårørende',
      'Overgang fra barne- til voksentjenester',
      'Digital helsestasjon',
      'Felles kompetanseprogram om barns psykiske helse',
    ],
  },
  {
    focusArea: 'Personer med alvorlige psykiske lidelser og rusproblemer',
    committee: 'FSU psykisk helse og rus',
    patientGroups: ['SEVERE_MENTAL_ILLNESS_AND_SUBSTANCE_ABUSE'],
    target: {
      description: 'Flere pasienter har en oppdatert individuell plan',
      indicatorName: 'Andel pasienter med individuell plan',
      unit: '%',
      baseline: 30,
      targetValue: 80,
    },
    measures: [
      'FACT-team i alle deler av området',
      'Felles retningslinje for samhandling om pasienter med ROP-lidelser',
      'Brukerstyrte innleggelser',
      'Ambulant oppfølging etter utskrivning',
      'Felles kriseplan for pasienter med høy risiko',
      'Lavterskeltilbud ved rusmiddelproblemer',
      'Kompetanseløft i kommunalt rusarbeid',
    ],
  },
  {
    focusArea: 'Skrøpelige eldre',
    committee: 'FSU eldre og personer med kroniske lidelser',
    patientGroups: ['FRAIL_ELDERLY'],
    target: {
      description: 'Færre reinnleggelser innen 30 dager for pasienter over 80 år',
      indicatorName: 'Reinnleggelser innen 30 dager, 80 år og eldre',
      unit: '%',
      baseline: 18,
      targetValue: 12,
    },
    measures: [
      'Felles forløp for skrøpelige eldre',
      'Legemiddelgjennomgang ved inn- og utskrivning',
      'Hverdagsrehabilitering i alle kommuner',
      'Geriatrisk ambulant team',
      'Felles opplæring i kartleggingsverktøy for funksjonssvikt',
      'Avansert hjemmesykehus for eldre',
      'Forebyggende hjemmebesøk',
    ],
  },
  {
    focusArea: 'Personer med flere kroniske lidelser',
    committee: 'FSU eldre og personer med kroniske lidelser',
    patientGroups: ['SEVERAL_CHRONIC_ILLNESSES'],
    target: {
      description: 'Flere pasienter følges opp digitalt hjemme',
      indicatorName: 'Pasienter med digital hjemmeoppfølging',
      unit: 'pasienter',
      baseline: 50,
      targetValue: 600,
    },
    measures: [
      'Digital hjemmeoppfølging',
      'Pasientens legemiddelliste',
      'Felles forløp for KOLS',
      'Felles forløp for hjertesvikt',
      'Oppfølgingsteam i kommunene',
      'Felles læringsnettverk for oppfølging av kronisk syke',
      'Samarbeid med fastlegene om pasienter med mange diagnoser',
    ],
  },
  {
    focusArea: 'Akuttmedisin og beredskap',
    committee: 'FSU akuttmedisin og beredskap',
    patientGroups: ['SEVERAL_CHRONIC_ILLNESSES', 'FRAIL_ELDERLY'],
    target: {
      description: 'Alle kommuner har tatt i bruk felles prosedyrer for akuttmedisinske hendelser',
      indicatorName: 'Andel kommuner med felles prosedyrer',
      unit: '%',
      baseline: 20,
      targetValue: 100,
    },
    measures: [
      'Trygg akuttmedisin: felles opplæring og prosedyrer',
      'Felles beredskapsplan for helsefellesskapet',
      'Samtrening av legevakt og ambulanse',
      'Akuttmedisinsk kompetanse i kommunale døgnplasser',
      'Felles øvelse ved masseskadehendelser',
      'Avtale om bruk av akuttmedisinske senger',
    ],
  },
  {
    focusArea: 'Rekruttering, kompetanse og teknologi',
    committee: 'FSU kompetanse og digitalisering',
    patientGroups: ['SEVERAL_CHRONIC_ILLNESSES'],
    target: {
      description: 'Flere stillinger er besatt med fagfolk med relevant utdanning',
      indicatorName: 'Andel besatte stillinger',
      unit: '%',
      baseline: 82,
      targetValue: 95,
    },
    measures: [
      'Rekrutteringsprosjekt for fastleger',
      'Felles ALIS-kontor',
      'Hospitering mellom sykehus og kommuner',
      'Felles samhandlingsplattform for meldinger',
      'Videokonsultasjon mellom fastlege og spesialist',
      'Felles kompetanseplan for sykepleiere',
    ],
  },
];

/** The topics of the `communityIndex`-th community's plan: `count` consecutive ones, starting where its index says. */
export function topicsOf(communityIndex: number, count: number): Topic[] {
  return Array.from({ length: count }, (_, offset) => TOPICS[(communityIndex + offset) % TOPICS.length] ?? TOPICS[0]).filter(
    (topic) => topic !== undefined,
  );
}
