import type { AreaMessages } from './types';

/** The coordinator's budget and its allocation. */
export const costSharingMessages: AreaMessages<'costSharing'> = {
  nb: {
    NO_BUDGET_FOR_YEAR: ({ budgetYear }) => `Helsefellesskapet har ikke noe budsjett for samhandlingslederen i ${budgetYear}.`,
    POPULATION_MISSING: ({ populationYear, budgetYear, municipalities }) =>
      `Innbyggertall per 1. januar ${populationYear} mangler for ${municipalities}. Registrer det før ${budgetYear} fordeles.`,
    MUNICIPALITY_NUMBER_INVALID: ({ municipalityNumber }) => `Kommunenummeret «${municipalityNumber}» må ha fire sifre.`,
    MUNICIPALITY_LISTED_TWICE: ({ municipalityNumber }) => `Kommunenummer ${municipalityNumber} står mer enn én gang.`,
    NO_MUNICIPALITIES: () => 'Fordelingen må ha minst én kommune.',
    NO_PARTICIPATING_MUNICIPALITY: () => 'Minst én kommune må ha flere enn null innbyggere.',
    BUDGET_EXISTS: ({ budgetYear }) =>
      budgetYear === null
        ? 'Budsjettet for dette året ble nettopp laget av noen andre. Last siden på nytt.'
        : `Det finnes allerede et budsjett for ${budgetYear}. Velg det og rediger det i stedet.`,
    NO_BUDGET_TO_COPY: ({ fromYear, budgetYear }) =>
      `Det finnes ikke noe budsjett for ${fromYear} å lage budsjettet for ${budgetYear} fra.`,
    BUDGET_CHANGED: ({ budgetYear }) =>
      `Noen andre har lagret budsjettet for ${budgetYear} etter at du åpnet det. Ingenting er overskrevet: last inn budsjettet på nytt for å se endringen, og gjør dine endringer der.`,
    BUDGET_VERSION_REQUIRED: ({ budgetYear }) =>
      `Budsjettet for ${budgetYear} finnes allerede. Last inn budsjettet på nytt og gjør endringene der.`,
  },
  en: {
    NO_BUDGET_FOR_YEAR: ({ budgetYear }) => `The health community has no budget for the coordinator in ${budgetYear}.`,
    POPULATION_MISSING: ({ populationYear, budgetYear, municipalities }) =>
      `The population per 1 January ${populationYear} is missing for ${municipalities}. Record it before allocating ${budgetYear}.`,
    MUNICIPALITY_NUMBER_INVALID: ({ municipalityNumber }) => `The municipality number "${municipalityNumber}" must have four digits.`,
    MUNICIPALITY_LISTED_TWICE: ({ municipalityNumber }) => `Municipality number ${municipalityNumber} is listed more than once.`,
    NO_MUNICIPALITIES: () => 'The allocation needs at least one municipality.',
    NO_PARTICIPATING_MUNICIPALITY: () => 'At least one municipality must have more than zero inhabitants.',
    BUDGET_EXISTS: ({ budgetYear }) =>
      budgetYear === null
        ? 'Someone else just made the budget for this year. Reload the page.'
        : `There is already a budget for ${budgetYear}. Choose it and edit it instead.`,
    NO_BUDGET_TO_COPY: ({ fromYear, budgetYear }) => `There is no budget for ${fromYear} to make the budget for ${budgetYear} from.`,
    BUDGET_CHANGED: ({ budgetYear }) =>
      `Someone else saved the budget for ${budgetYear} after you opened it. Nothing was overwritten: reload the budget to see their change, and make yours there.`,
    BUDGET_VERSION_REQUIRED: ({ budgetYear }) =>
      `The budget for ${budgetYear} exists already. Reload the budget and make your changes there.`,
  },
};
