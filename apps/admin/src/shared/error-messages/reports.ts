import type { AreaMessages } from './types';

/** The analysts' reports and their exports. */
export const reportMessages: AreaMessages<'reports'> = {
  nb: {
    REPORT_TOO_MANY_COMMUNITIES: ({ max }) => `En rapport kan sammenligne høyst ${String(max)} helsefellesskap.`,
    REPORT_RANGE_TOO_LONG: ({ maxYears }) => `Perioden kan være høyst ${String(maxYears)} år.`,
    REPORT_RANGE_REVERSED: () => 'Perioden slutter før den begynner. Velg en til-dato etter fra-datoen.',
    REPORT_UNKNOWN: ({ report }) => `Det finnes ingen rapport som heter «${report}».`,
  },
  en: {
    REPORT_TOO_MANY_COMMUNITIES: ({ max }) => `A report can compare at most ${String(max)} health communities.`,
    REPORT_RANGE_TOO_LONG: ({ maxYears }) => `The period can be at most ${String(maxYears)} years.`,
    REPORT_RANGE_REVERSED: () => 'The period ends before it starts. Choose an end date after the start date.',
    REPORT_UNKNOWN: ({ report }) => `There is no report called "${report}".`,
  },
};
