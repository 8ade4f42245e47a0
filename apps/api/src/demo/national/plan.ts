import { addDays, daysBetween, firstDayOfYear, lastDayOfYear, quarterEndsBetween, yearOf } from '@helsefellesskap/calendar';
import type { StatusLevel } from '@helsefellesskap/status-schema';
import { savePlanTree, type PlanTree, type SavedPlanTree } from '../save-plan-tree.js';
import type { CommunitySeeding } from './national-scale.js';
import { focusAreaCount, type Register } from './register.js';
import { topicsOf } from './topics.js';
import { fraction, pick } from './variation.js';

/** The plan's years: `statusYears` full years before this one, this one and the next. */
export function planYears(today: string, statusYears: number): { periodFrom: number; periodTo: number } {
  const thisYear = yearOf(today);
  return { periodFrom: thisYear - statusYears, periodTo: thisYear + 1 };
}

/** A measure as the set invents it: its period, how fast it goes, and whether it runs into trouble. */
interface MeasureCourse {
  startsOn: string;
  endsOn: string;
  pace: number;
  troubled: boolean;
}

type ReportedStatus = Extract<StatusLevel, 'ON_TRACK' | 'AT_RISK' | 'DELAYED' | 'COMPLETED'>;

const COMMENTS: Record<ReportedStatus, readonly string[]> = {
  ON_TRACK: [
    'Arbeidet går etter plan.',
    'Milepæl nådd dette kvartalet.',
    'Tiltaket er i gang i flere kommuner.',
    'Arbeidsgruppen har hatt jevnlige møter.',
    'Erfaringer deles i faglig samarbeidsutvalg.',
  ],
  AT_RISK: ['Forsinkelser på grunn av bemanning.', 'Avventer avklaring om finansiering.', 'Færre deltakere enn ventet.'],
  DELAYED: ['Tiltaket er forsinket; ny framdriftsplan legges fram for SSU.'],
  COMPLETED: ['Tiltaket er gjennomført og overført til drift.'],
};

/**
 * The community's action plan: 3–5 focus areas (each carried by its professional committee) with a
 * target each and `measuresPerPlan` measures among them, written through the plan authoring service
 * like the demo's plan; then every quarter's status of each measure and value of each target up to
 * today, posted through the action plan service.
 */
export async function seedPlan(seeding: CommunitySeeding, register: Register): Promise<SavedPlanTree> {
  const { services, caller, communityId, index, names, scale, today } = seeding;
  const { periodFrom, periodTo } = planYears(today, scale.statusYears);
  const planStart = firstDayOfYear(periodFrom);
  const planEnd = lastDayOfYear(periodTo);
  const topics = topicsOf(index, focusAreaCount(index));
  const courses: MeasureCourse[] = Array.from({ length: scale.measuresPerPlan }, (_, measure) => ({
    // Measures start in one of the plan's first four quarters; one in five is done by the end of its second year.
    startsOn: addDays(planStart, Math.floor(((measure % 4) * 365) / 4)),
    endsOn: measure % 5 === 4 ? lastDayOfYear(periodFrom + 1) : planEnd,
    pace: 0.75 + fraction(index, measure, 1) * 0.35,
    troubled: fraction(index, measure, 2) < 0.25,
  }));

  const tree: PlanTree = {
    plan: {
      title: `Handlingsplan ${periodFrom}–${periodTo}`,
      periodFrom,
      periodTo,
      status: 'ADOPTED',
      adoptedByCase: `${register.partnership.name} sak 05/${periodFrom - 1}`,
      prolongedReason: null,
      prolongedByCase: null,
    },
    focusAreas: topics.map((topic, area) => ({
      title: topic.focusArea,
      responsibleOrganId: register.committees.get(topic.committee)?.id ?? null,
      targets: [{ ...topic.target, startsOn: planStart, dueDate: planEnd }],
      measures: courses.flatMap((course, measure) => {
        if (measure % topics.length !== area) return [];
        const nth = Math.floor(measure / topics.length);
        // Titles are unique within a focus area (the report requires it): a topic's measures again, then per regional council.
        const round = Math.floor(nth / topic.measures.length);
        const council = register.councils[round - 1]?.council.name;
        const where = round === 0 ? '' : council ? ` i ${council}` : ` (${names.shortName} ${round + 1})`;
        const owner = measure % 3;
        return [
          {
            title: `${topic.measures[nth % topic.measures.length] ?? topic.focusArea}${where}`,
            ownerPartnerId:
              owner === 0 ? register.hospital.id : owner === 1 ? (pick(register.municipalities, index, measure, 3).id ?? null) : null,
            ownerOrganId: owner === 2 ? (register.committees.get(topic.committee)?.id ?? register.ssu.id) : null,
            reporterUserIds: [],
            startsOn: course.startsOn,
            endsOn: course.endsOn,
            patientGroups: topic.patientGroups,
          },
        ];
      }),
    })),
  };
  const saved = await savePlanTree(services.planAuthoring, caller, communityId, tree);

  for (const [area, { targets, measures }] of saved.focusAreas.entries()) {
    const topic = topics[area];
    for (const target of targets) {
      for (const reportedOn of quarterEndsBetween(planStart, today)) {
        const done = daysBetween(planStart, reportedOn) / daysBetween(planStart, planEnd);
        const noise = (fraction(index, area, yearOf(reportedOn), Number(reportedOn.slice(5, 7))) - 0.5) * 0.1;
        const baseline = target.baseline ?? 0;
        const value = baseline + ((target.targetValue ?? baseline) - baseline) * Math.min(1, Math.max(0, done * 0.9 + noise));
        await services.actionPlans.postStatusUpdate(
          caller,
          { reportedOn, indicatorValue: Math.round(value), comment: '' },
          { measureId: null, targetId: target.id },
        );
      }
    }
    for (const measure of measures) {
      const course = courses[measure.position * topics.length + area];
      if (!course || !topic) continue;
      const number = measure.position * topics.length + area;
      let reported = 0;
      for (const reportedOn of quarterEndsBetween(course.startsOn, today)) {
        const { status, progress: estimate } = statusOf(course, reportedOn, [index, number]);
        // Work done stays done: a stalled quarter reports no progress, never less.
        const progress = Math.max(reported, estimate);
        reported = progress;
        await services.actionPlans.postStatusUpdate(
          caller,
          { reportedOn, status, progress, comment: pick(COMMENTS[status], index, number, daysBetween(planStart, reportedOn)) },
          { measureId: measure.id, targetId: null },
        );
        if (status === 'COMPLETED') break;
      }
    }
  }
  return saved;
}

/** A measure's status and estimated progress on a quarter's last day: it follows its period at its pace; troubled ones stall now and then. */
export function statusOf(course: MeasureCourse, date: string, keys: number[]): { status: ReportedStatus; progress: number } {
  if (date >= course.endsOn) return { status: 'COMPLETED', progress: 100 };
  const elapsed = daysBetween(course.startsOn, date) / daysBetween(course.startsOn, course.endsOn);
  const stalled = course.troubled && fraction(...keys, daysBetween(course.startsOn, date), 4) < 0.5;
  const progress = Math.min(95, Math.max(0, Math.round(100 * elapsed * (stalled ? course.pace * 0.7 : course.pace))));
  const status: ReportedStatus = stalled ? (fraction(...keys, 5) < 0.3 ? 'DELAYED' : 'AT_RISK') : 'ON_TRACK';
  return { status, progress };
}
