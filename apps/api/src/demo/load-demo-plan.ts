import type { PriorityPatientGroup } from '@helsefellesskap/status-schema';
import type { Repositories } from '../database/repositories.js';
import { StatusReportEntity, StatusUpdateEntity } from '../modules/action-plan/action-plan.entity.js';
import { loadFocusAreaData } from '../modules/action-plan/action-plan.service.js';
import { buildStatusReport } from '../modules/action-plan/status-report.builder.js';
import { createClock } from '../common/clock.js';
import { PlanAuthoringService } from '../modules/action-plan/plan-authoring.service.js';
import { secretariatCaller } from './national/national-scale.js';
import { savePlanTree } from './save-plan-tree.js';

/**
 * The action plan 2022-2024 of Lofoten, Vesterålen, Salten (seed 004): prolonged by SSU sak 26/2024
 * until its status can be reported; three focus areas, only the second with a professional committee,
 * the first without measures. Measures, targets and updates are invented for the demo, in the
 * spirit of the seed (Trygg akuttmedisin, GP recruitment in Vesterålen, digital home follow-up).
 */
const LOFOTEN = 'Helsefellesskapet Lofoten, Vesterålen, Salten';
export const DEMO_PLAN_TITLE = 'Handlingsplan 2022–2024';
export const DEMO_REPORTER = 'ssu@lovesa.demo';
export const DEMO_SECOND_REPORTER = 'sekretariat@lovesa.demo';

interface DemoMeasure {
  title: string;
  owner: { partner?: string; organ?: string };
  startsOn: string;
  endsOn: string;
  patientGroups: PriorityPatientGroup[];
  updates: [reportedOn: string, status: StatusUpdateEntity['status'], progress: number, comment: string][];
}

interface DemoTarget {
  description: string;
  indicatorName: string;
  unit: string;
  baseline: number;
  targetValue: number;
  startsOn: string;
  dueDate: string;
  values: [reportedOn: string, value: number][];
}

const focusAreas: { number: number; title: string; organ: string | null; targets: DemoTarget[]; measures: DemoMeasure[] }[] = [
  { number: 1, title: 'Helhetlige pasientforløp, tjenesteinnovasjon og samhandling', organ: null, targets: [], measures: [] },
  {
    number: 2,
    title: 'Akuttmedisin og beredskap',
    organ: 'FSU akuttmedisin og beredskap',
    targets: [
      {
        description: 'Alle kommuner har tatt i bruk felles prosedyrer for akuttmedisinske hendelser',
        indicatorName: 'Andel kommuner med felles prosedyrer',
        unit: '%',
        baseline: 20,
        targetValue: 100,
        startsOn: '2022-01-01',
        dueDate: '2024-12-31',
        values: [
          ['2022-12-31', 35],
          ['2023-12-31', 60],
          ['2024-09-30', 80],
        ],
      },
    ],
    measures: [
      {
        title: 'Trygg akuttmedisin: felles opplæring og prosedyrer',
        owner: { organ: 'FSU akuttmedisin og beredskap' },
        startsOn: '2022-09-01',
        endsOn: '2024-12-31',
        patientGroups: ['SEVERAL_CHRONIC_ILLNESSES', 'FRAIL_ELDERLY'],
        updates: [
          ['2022-12-15', 'ON_TRACK', 15, 'Prosjektgruppe etablert, første samling gjennomført.'],
          ['2023-06-15', 'ON_TRACK', 40, 'Opplæring i gang i Salten.'],
          ['2023-12-15', 'AT_RISK', 55, 'Forsinkelser i Lofoten på grunn av bemanning.'],
          ['2024-06-15', 'ON_TRACK', 75, 'Lofoten i gang; Vesterålen starter høsten 2024.'],
          ['2024-10-15', 'ON_TRACK', 85, 'FSU akuttmedisin og beredskap følger opp.'],
        ],
      },
    ],
  },
  {
    number: 3,
    title: 'Demografi, rekruttering og teknologi',
    organ: null,
    targets: [
      {
        description: 'Flere pasienter følges opp digitalt hjemme',
        indicatorName: 'Pasienter med digital hjemmeoppfølging',
        unit: 'pasienter',
        baseline: 50,
        targetValue: 400,
        startsOn: '2022-01-01',
        dueDate: '2024-12-31',
        values: [
          ['2022-12-31', 90],
          ['2023-12-31', 210],
          ['2024-09-30', 300],
        ],
      },
    ],
    measures: [
      {
        title: 'Rekrutteringsprosjekt for fastleger i Vesterålen',
        owner: { partner: 'Sortland' },
        startsOn: '2023-01-01',
        endsOn: '2025-06-30',
        patientGroups: ['SEVERAL_CHRONIC_ILLNESSES'],
        updates: [
          ['2023-06-30', 'ON_TRACK', 20, 'Prosjektleder ansatt.'],
          ['2023-12-31', 'ON_TRACK', 35, 'To nye fastleger rekruttert.'],
          ['2024-06-30', 'AT_RISK', 45, 'Færre søkere enn ventet til ALIS-stillinger.'],
        ],
      },
      {
        title: 'Bredding av digital hjemmeoppfølging',
        owner: { partner: 'Nordlandssykehuset HF' },
        startsOn: '2022-06-01',
        endsOn: '2024-12-31',
        patientGroups: ['SEVERAL_CHRONIC_ILLNESSES', 'FRAIL_ELDERLY'],
        updates: [
          ['2022-12-31', 'ON_TRACK', 20, 'Pilot i Bodø og Fauske.'],
          ['2023-12-31', 'ON_TRACK', 50, 'Åtte kommuner i gang.'],
          ['2024-06-30', 'ON_TRACK', 70, 'Tolv kommuner i gang.'],
        ],
      },
    ],
  },
];

/** Loads the plan once; an existing plan with the same title is left as it is. */
export async function loadDemoPlan(repositories: Repositories): Promise<void> {
  const community = await repositories.communities.findByName(LOFOTEN);
  if (!community || (await repositories.actionPlans.findPlanByTitle(community.id, DEMO_PLAN_TITLE))) return;
  const partners = await repositories.partners.findByCommunityIds([community.id]);
  const organs = await repositories.organs.findByCommunityIds([community.id]);
  const reporter = await repositories.users.findByEmail(DEMO_REPORTER);
  // The SSU member and the secretariat share the reporting on every measure.
  const secondReporter = await repositories.users.findByEmail(DEMO_SECOND_REPORTER);
  const reporterUserIds = [reporter?.id, secondReporter?.id].filter((id) => id !== undefined);
  const organId = (name: string | null | undefined) => organs.find((organ) => organ.name === name)?.id ?? null;
  // Written through the service as the secretariat would, inside the demo's own transaction.
  const authoring = new PlanAuthoringService(repositories, (work) => work(repositories), createClock(null));
  const { plan, focusAreas: saved } = await savePlanTree(authoring, secretariatCaller(community.id), community.id, {
    plan: {
      title: DEMO_PLAN_TITLE,
      periodFrom: 2022,
      periodTo: 2024,
      status: 'PROLONGED',
      adoptedByCase: 'Partnerskapsmøtet 2022',
      prolongedReason: 'Planen forlenges fram til status i planen kan behandles av partnerskapsmøtet.',
      prolongedByCase: 'SSU sak 26/2024',
    },
    focusAreas: focusAreas.map((area) => ({
      title: area.title,
      responsibleOrganId: organId(area.organ),
      targets: area.targets.map(({ description, indicatorName, unit, baseline, targetValue, startsOn, dueDate }) => ({
        description,
        indicatorName,
        unit,
        baseline,
        targetValue,
        startsOn,
        dueDate,
      })),
      measures: area.measures.map((demo) => ({
        title: demo.title,
        ownerPartnerId: partners.find((partner) => partner.name === demo.owner.partner)?.id ?? null,
        ownerOrganId: organId(demo.owner.organ),
        reporterUserIds,
        startsOn: demo.startsOn,
        endsOn: demo.endsOn,
        patientGroups: demo.patientGroups,
      })),
    })),
  });
  const addUpdate = (update: Partial<StatusUpdateEntity> & { reportedOn: string }) =>
    repositories.actionPlans.addUpdate(
      Object.assign(new StatusUpdateEntity(), {
        communityId: community.id,
        measureId: null,
        targetId: null,
        status: null,
        progress: null,
        indicatorValue: null,
        comment: '',
        authorUserId: reporter?.id ?? null,
        authorName: reporter?.name ?? 'Demo SSU-medlem',
        ...update,
      }),
    );
  for (const [index, area] of focusAreas.entries()) {
    const { targets, measures } = saved[index] ?? { targets: [], measures: [] };
    for (const [position, target] of targets.entries()) {
      for (const [reportedOn, indicatorValue] of area.targets[position]?.values ?? []) {
        await addUpdate({ targetId: target.id, reportedOn, indicatorValue });
      }
    }
    for (const [position, measure] of measures.entries()) {
      for (const [reportedOn, status, progress, comment] of area.measures[position]?.updates ?? []) {
        await addUpdate({ measureId: measure.id, reportedOn, status, progress, comment });
      }
    }
  }

  // The 2023 report, frozen and attached to its case: the template the 2024 report follows.
  const texts2023 = [
    'Innsatsområdet mangler faglig samarbeidsutvalg og tiltaksplan.',
    'Trygg akuttmedisin er godt i gang i Salten; Lofoten er forsinket.',
    'Digital hjemmeoppfølging breddes som planlagt; rekruttering av fastleger er krevende.',
  ];
  // Kept by focus area id, as every report's commentary is.
  const commentary2023 = Object.fromEntries(saved.map(({ focusArea }, index) => [focusArea.id, texts2023[index] ?? '']));
  const report2023 = buildStatusReport({
    communityName: community.name,
    plan,
    year: 2023,
    cutOffDate: '2023-12-31',
    focusAreas: await loadFocusAreaData(repositories, plan.id),
    commentary: commentary2023,
    previous: null,
    generatedAt: new Date('2024-02-15T10:00:00Z'),
  });
  await repositories.actionPlans.saveReport(
    Object.assign(new StatusReportEntity(), {
      communityId: community.id,
      planId: plan.id,
      year: 2023,
      cutOffDate: '2023-12-31',
      commentary: commentary2023,
      snapshot: report2023,
      caseReference: 'SSU sak 04/2024',
      frozenAt: new Date('2024-02-15T10:00:00Z'),
      frozenBy: 'sekretariat@lovesa.demo',
    }),
  );
}
