import { Matches, ValidateIf } from 'class-validator';

/** Validate only when the field was given: a left-out field keeps its value, an explicit null is still checked. */
export function IfGiven(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}

export const messages = {
  notEmpty: 'must not be empty',
  maxLength: (length: number) => `must be at most ${length} characters`,
  nonNegative: 'must be zero or more',
  wholeNumber: 'must be a whole number',
} as const;

/** Text with at least one visible character: "   " is as empty as "". */
export function NotBlank(): PropertyDecorator {
  return Matches(/\S/, { message: messages.notEmpty });
}
