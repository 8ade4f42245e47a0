import { ValidateBy, ValidateIf } from 'class-validator';

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

/** Text with at least one visible character: "   " is as empty as "". Named, so the error maps to REQUIRED. */
export function NotBlank(): PropertyDecorator {
  return ValidateBy({
    name: 'notBlank',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && /\S/.test(value),
      defaultMessage: () => messages.notEmpty,
    },
  });
}
