import type { AreaMessages } from './types';

/** Rules of one field: shown beside the field, so they do not name it. */
export const validationMessages: AreaMessages<'validation'> = {
  nb: {
    REQUIRED: () => 'Må fylles ut.',
    TOO_LONG: ({ max }, format) => `Kan ha høyst ${format.integer(max)} tegn.`,
    TOO_SHORT: ({ min }, format) => `Må ha minst ${format.integer(min)} tegn.`,
    TOO_SMALL: ({ min }, format) => `Må være minst ${format.integer(min)}.`,
    TOO_LARGE: ({ max }, format) => `Kan være høyst ${format.integer(max)}.`,
    OUT_OF_RANGE: ({ min, max }, format) => `Må være mellom ${value(min, format)} og ${value(max, format)}.`,
    NOT_WHOLE_NUMBER: () => 'Må være et helt tall.',
    NOT_A_NUMBER: () => 'Må være et tall.',
    NOT_AN_EMAIL: () => 'Må være en e-postadresse, for eksempel navn@kommune.no.',
    NOT_A_DATE: () => 'Må være en gyldig dato.',
    INVALID_ID: () => 'Er ikke en gyldig referanse.',
    NOT_ALLOWED_VALUE: () => 'Er ikke et av de tillatte valgene.',
    TOO_MANY: ({ max }, format) => `Kan ha høyst ${format.integer(max)} elementer.`,
    DUPLICATES: () => 'Inneholder det samme elementet flere ganger.',
    FORBIDDEN_CHARACTER: () => 'Inneholder et tegn som ikke kan lagres.',
    INVALID_VALUE: () => 'Verdien er ikke gyldig.',
  },
  en: {
    REQUIRED: () => 'Required.',
    TOO_LONG: ({ max }, format) => `At most ${format.integer(max)} characters.`,
    TOO_SHORT: ({ min }, format) => `At least ${format.integer(min)} characters.`,
    TOO_SMALL: ({ min }, format) => `Must be at least ${format.integer(min)}.`,
    TOO_LARGE: ({ max }, format) => `Must be at most ${format.integer(max)}.`,
    OUT_OF_RANGE: ({ min, max }, format) => `Must be between ${value(min, format)} and ${value(max, format)}.`,
    NOT_WHOLE_NUMBER: () => 'Must be a whole number.',
    NOT_A_NUMBER: () => 'Must be a number.',
    NOT_AN_EMAIL: () => 'Must be an e-mail address, such as name@municipality.no.',
    NOT_A_DATE: () => 'Must be a valid date.',
    INVALID_ID: () => 'Is not a valid reference.',
    NOT_ALLOWED_VALUE: () => 'Is not one of the allowed choices.',
    TOO_MANY: ({ max }, format) => `At most ${format.integer(max)} items.`,
    DUPLICATES: () => 'Contains the same item more than once.',
    FORBIDDEN_CHARACTER: () => 'Contains a character that cannot be stored.',
    INVALID_VALUE: () => 'The value is not valid.',
  },
};

/** A range bound is a number or an ISO date. */
function value(bound: string | number, format: { integer: (value: number) => string; date: (isoDate: string) => string }): string {
  return typeof bound === 'number' ? format.integer(bound) : format.date(bound);
}
