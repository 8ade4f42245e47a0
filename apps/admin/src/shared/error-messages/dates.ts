import type { AreaMessages } from './types';

/** Dates and numbers outside what the domain allows. */
export const datesMessages: AreaMessages<'dates'> = {
  nb: {
    DATE_IN_FUTURE: ({ today }, format) => `Datoen kan ikke være etter i dag (${format.date(today)}).`,
    DATE_OUTSIDE_PLAN_PERIOD: ({ from, to }, format) =>
      `Datoen må være innenfor årene planen rapporterer på, fra ${format.date(from)} til ${format.date(to)}.`,
    DATE_BEFORE_MEASURE_START: ({ startsOn }, format) => `Datoen kan ikke være før tiltaket starter (${format.date(startsOn)}).`,
    SHARE_OUT_OF_RANGE: ({ min, max }, format) => `En andel i prosent må være mellom ${format.integer(min)} og ${format.integer(max)}.`,
    DATE_AFTER_RETIREMENT: ({ retiredOn }, format) => `Datoen må være før ${format.date(retiredOn)}, da dette ble avsluttet.`,
  },
  en: {
    DATE_IN_FUTURE: ({ today }, format) => `The date cannot be after today (${format.date(today)}).`,
    DATE_OUTSIDE_PLAN_PERIOD: ({ from, to }, format) =>
      `The date must be within the years the plan reports on, from ${format.date(from)} to ${format.date(to)}.`,
    DATE_BEFORE_MEASURE_START: ({ startsOn }, format) => `The date cannot be before the measure starts (${format.date(startsOn)}).`,
    SHARE_OUT_OF_RANGE: ({ min, max }, format) => `A share in percent must be between ${format.integer(min)} and ${format.integer(max)}.`,
    DATE_AFTER_RETIREMENT: ({ retiredOn }, format) => `The date must be before ${format.date(retiredOn)}, when this was retired.`,
  },
};
