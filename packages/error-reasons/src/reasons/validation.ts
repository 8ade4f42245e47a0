import { reason } from '../reason.js';

/**
 * Field rules: the reason of each entry in `extensions.fields` of an INVALID_INPUT refusal, and of a
 * BAD_USER_INPUT that names one field. The field itself is named by `field`, not by the params.
 */
export const validationReasons = {
  /** The field must have a value (and not only spaces). */
  REQUIRED: reason(),
  /** Text longer than allowed. */
  TOO_LONG: reason<{ max: number }>(),
  /** Text shorter than allowed. */
  TOO_SHORT: reason<{ min: number }>(),
  /** A number below the allowed minimum. */
  TOO_SMALL: reason<{ min: number }>(),
  /** A number above the allowed maximum. */
  TOO_LARGE: reason<{ max: number }>(),
  /** A number or date outside a range. */
  OUT_OF_RANGE: reason<{ min: string | number; max: string | number }>(),
  /** A whole number was expected. */
  NOT_WHOLE_NUMBER: reason(),
  /** A number was expected. */
  NOT_A_NUMBER: reason(),
  /** An e-mail address was expected. */
  NOT_AN_EMAIL: reason(),
  /** A calendar date (YYYY-MM-DD) was expected. */
  NOT_A_DATE: reason(),
  /** Not an id of a record. */
  INVALID_ID: reason(),
  /** Not one of the allowed values. */
  NOT_ALLOWED_VALUE: reason(),
  /** A list longer than allowed. */
  TOO_MANY: reason<{ max: number }>(),
  /** A list with the same item twice. */
  DUPLICATES: reason(),
  /** Text with a character that cannot be stored (NUL). */
  FORBIDDEN_CHARACTER: reason(),
  /** A value of the wrong form, with no more specific reason. */
  INVALID_VALUE: reason(),
} as const;
