import type { AreaMessages } from './types';

/** The action plan: who reads and writes what, status updates and status reports. */
export const actionPlanMessages: AreaMessages<'actionPlan'> = {
  nb: {
    DRAFT_PLAN_INTERNAL: () => 'Planen er et utkast. Bare helsefellesskapets egne brukere kan se den før den er vedtatt.',
    DRAFT_REPORT_INTERNAL: () => 'Statusrapporten er et utkast. Bare helsefellesskapets egne brukere kan lese den før den er fryst.',
    NOT_MEASURE_REPORTER: () => 'Bare de som rapporterer på tiltaket, eller sekretariatet, kan registrere status for det.',
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
    PLAN_TITLE_TAKEN: ({ title }) =>
      title ? `Helsefellesskapet har allerede en plan som heter «${title}».` : 'Helsefellesskapet har allerede en plan med dette navnet.',
    PLAN_PERIOD_INVALID: ({ maxYears }) => `Siste år kan ikke være før første år, og en plan kan vare i høyst ${maxYears} år.`,
    PLAN_PERIOD_FIXED: () => 'Årene i planen kan ikke endres etter at den er vedtatt.',
    PLAN_TRANSITION_NOT_ALLOWED: ({ from, to }) =>
      `En plan som er ${planStatusNb(from)}, kan ikke bli ${planStatusNb(to)}. Rekkefølgen er utkast → vedtatt → forlenget → avsluttet.`,
    PLAN_CLOSED: () => 'Planen er avsluttet og kan ikke endres.',
    ELEMENT_RETIRED: ({ retiredOn }, format) => `Dette er avsluttet fra ${format.date(retiredOn)} og kan ikke endres.`,
    ORGAN_NOT_IN_COMMUNITY: () => 'Velg et organ i dette helsefellesskapet.',
    MEASURE_OWNER_EITHER: () => 'Velg enten en partner eller et organ som eier av tiltaket, ikke begge.',
    REPORTER_NOT_STATUS_WRITER: () => 'Alle som rapporterer, må være SSU-medlemmer eller i sekretariatet i dette helsefellesskapet.',
    ENDS_BEFORE_START: ({ startsOn }, format) => `Sluttdatoen kan ikke være før startdatoen (${format.date(startsOn)}).`,
    NOT_UPDATE_CORRECTOR: () => 'Bare sekretariatet eller den som registrerte statusen, kan rette den.',
    UPDATE_ALREADY_CORRECTED: () => 'Denne statusen er allerede rettet. Rett den nyeste rettelsen i stedet.',
  },
  en: {
    DRAFT_PLAN_INTERNAL: () => "The plan is a draft. Only the community's own users can see it before it is adopted.",
    DRAFT_REPORT_INTERNAL: () => "The status report is a draft. Only the community's own users can read it before it is frozen.",
    NOT_MEASURE_REPORTER: () => 'Only those who report on the measure, or the secretariat, can post its status.',
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
    PLAN_TITLE_TAKEN: ({ title }) =>
      title ? `The community already has a plan called "${title}".` : 'The community already has a plan with this title.',
    PLAN_PERIOD_INVALID: ({ maxYears }) => `The last year cannot be before the first, and a plan runs at most ${maxYears} years.`,
    PLAN_PERIOD_FIXED: () => "The plan's years cannot change once it is adopted.",
    PLAN_TRANSITION_NOT_ALLOWED: ({ from, to }) =>
      `A plan that is ${planStatusEn(from)} cannot become ${planStatusEn(to)}. The order is draft → adopted → prolonged → closed.`,
    PLAN_CLOSED: () => 'The plan is closed and can no longer change.',
    ELEMENT_RETIRED: ({ retiredOn }, format) => `This was retired from ${format.date(retiredOn)} and can no longer change.`,
    ORGAN_NOT_IN_COMMUNITY: () => 'Choose an organ of this community.',
    MEASURE_OWNER_EITHER: () => 'Choose either a partner or an organ as the owner of the measure, not both.',
    REPORTER_NOT_STATUS_WRITER: () => 'Every reporter must be an SSU member or in the secretariat of this community.',
    ENDS_BEFORE_START: ({ startsOn }, format) => `The end date cannot be before the start date (${format.date(startsOn)}).`,
    NOT_UPDATE_CORRECTOR: () => 'Only the secretariat or the person who posted the status can correct it.',
    UPDATE_ALREADY_CORRECTED: () => 'This status has been corrected already. Correct the latest correction instead.',
  },
};

/** A plan's status in an English sentence. */
function planStatusEn(status: string | undefined): string {
  switch (status) {
    case 'DRAFT':
      return 'a draft';
    case 'ADOPTED':
      return 'adopted';
    case 'PROLONGED':
      return 'prolonged';
    case 'CLOSED':
      return 'closed';
    default:
      return status ?? '';
  }
}

/** A plan's status as an adjective in a bokmål sentence. */
function planStatusNb(status: string | undefined): string {
  switch (status) {
    case 'DRAFT':
      return 'et utkast';
    case 'ADOPTED':
      return 'vedtatt';
    case 'PROLONGED':
      return 'forlenget';
    case 'CLOSED':
      return 'avsluttet';
    default:
      return status ?? '';
  }
}
