import type { AreaMessages } from './types';

/** The action plan: who reads and writes what, status updates and status reports. */
export const actionPlanMessages: AreaMessages<'actionPlan'> = {
  nb: {
    DRAFT_PLAN_INTERNAL: () => 'Planen er et utkast. Bare helsefellesskapets egne brukere kan se den før den er vedtatt.',
    DRAFT_REPORT_INTERNAL: () => 'Statusrapporten er et utkast. Bare helsefellesskapets egne brukere kan lese den før den er fryst.',
    NOT_MEASURE_REPORTER: () => 'Bare den som rapporterer på tiltaket, eller sekretariatet, kan registrere status for det.',
    NOT_FOCUS_AREA_REPORTER: () =>
      'Bare sekretariatet og de som rapporterer på et tiltak i dette innsatsområdet, kan registrere indikatorverdier og skrive kommentar her.',
    MEASURE_OR_TARGET_REQUIRED: () => 'Velg enten et tiltak eller et mål.',
    INDICATOR_VALUE_ON_MEASURE: () => 'Et tiltak har status og fremdrift, ikke indikatorverdi.',
    STATUS_OR_PROGRESS_REQUIRED: () => 'Oppgi status eller fremdrift.',
    INDICATOR_VALUE_REQUIRED: () => 'Oppgi indikatorverdien.',
    STATUS_ON_TARGET: () => 'Et mål vurderes ut fra indikatorverdien; status registreres ikke.',
    YEAR_OUTSIDE_PLAN: ({ firstYear, lastYear }) => `Velg et år planen rapporterer på, ${firstYear}–${lastYear}.`,
    REPORT_ALREADY_FROZEN: ({ year, caseReference }) =>
      caseReference
        ? `Statusrapporten for ${year} er allerede fryst og knyttet til ${caseReference}.`
        : `Statusrapporten for ${year} er allerede fryst.`,
  },
  en: {
    DRAFT_PLAN_INTERNAL: () => "The plan is a draft. Only the community's own users can see it before it is adopted.",
    DRAFT_REPORT_INTERNAL: () => "The status report is a draft. Only the community's own users can read it before it is frozen.",
    NOT_MEASURE_REPORTER: () => 'Only the person who reports on the measure, or the secretariat, can post its status.',
    NOT_FOCUS_AREA_REPORTER: () =>
      'Only the secretariat and those who report on a measure in this focus area can post indicator values and write commentary here.',
    MEASURE_OR_TARGET_REQUIRED: () => 'Choose either a measure or a target.',
    INDICATOR_VALUE_ON_MEASURE: () => 'A measure has status and progress, not an indicator value.',
    STATUS_OR_PROGRESS_REQUIRED: () => 'Give a status or a progress.',
    INDICATOR_VALUE_REQUIRED: () => 'Give the indicator value.',
    STATUS_ON_TARGET: () => 'A target is judged from its indicator value; its status is not reported.',
    YEAR_OUTSIDE_PLAN: ({ firstYear, lastYear }) => `Choose a year the plan reports on, ${firstYear}–${lastYear}.`,
    REPORT_ALREADY_FROZEN: ({ year, caseReference }) =>
      caseReference
        ? `The ${year} status report is already frozen and attached to ${caseReference}.`
        : `The ${year} status report is already frozen.`,
  },
};
