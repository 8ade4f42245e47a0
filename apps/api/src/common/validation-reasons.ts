import type { Reason, ReasonParamsShape } from '@helsefellesskap/error-reasons';
import { getMetadataStorage, type ValidationError } from 'class-validator';

/** One broken field rule, as `extensions.fields` lists it. */
export interface FieldProblem {
  field: string;
  message: string;
  reason: Reason;
  params: ReasonParamsShape;
}

/**
 * The problems of a failed input validation, one per broken rule, each with the path of its field
 * ("members[0].population") and the reason and params the UI translates. The params (a maximum
 * length, a minimum) come from the rule's own declaration, so they never drift from what is checked.
 */
export function fieldProblems(errors: readonly ValidationError[]): FieldProblem[] {
  return errors.flatMap((error) => flatten(error, ''));
}

function flatten(error: ValidationError, prefix: string): FieldProblem[] {
  const property = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : prefix ? `${prefix}.${error.property}` : error.property;
  const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
    field: property,
    message: stripProperty(message, error.property),
    ...reasonOf(constraint, constraintArguments(error, constraint)),
  }));
  return [...own, ...(error.children ?? []).flatMap((child) => flatten(child, property))];
}

/** The arguments a decorator was declared with (`@MaxLength(200)` → [200]); empty when the target is unknown. */
function constraintArguments(error: ValidationError, constraint: string): unknown[] {
  const target: unknown = error.target;
  if (typeof target !== 'object' || target === null) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((entry) => entry.propertyName === error.property && entry.name === constraint);
  return Array.isArray(metadata?.constraints) ? (metadata.constraints as unknown[]) : [];
}

function numberAt(values: unknown[], index: number): number {
  const value = values[index];
  return typeof value === 'number' ? value : Number.NaN;
}

function reasonOf(constraint: string, args: unknown[]): { reason: Reason; params: ReasonParamsShape } {
  switch (constraint) {
    case 'isNotEmpty':
    case 'notBlank':
    case 'isDefined':
      return { reason: 'REQUIRED', params: {} };
    case 'maxLength':
      return { reason: 'TOO_LONG', params: { max: numberAt(args, 0) } };
    case 'minLength':
      return { reason: 'TOO_SHORT', params: { min: numberAt(args, 0) } };
    case 'min':
      return { reason: 'TOO_SMALL', params: { min: numberAt(args, 0) } };
    case 'max':
      return { reason: 'TOO_LARGE', params: { max: numberAt(args, 0) } };
    case 'isInt':
      return { reason: 'NOT_WHOLE_NUMBER', params: {} };
    case 'isNumber':
      return { reason: 'NOT_A_NUMBER', params: {} };
    case 'isEmail':
      return { reason: 'NOT_AN_EMAIL', params: {} };
    case 'isIn':
    case 'isEnum':
      return { reason: 'NOT_ALLOWED_VALUE', params: {} };
    case 'arrayMaxSize':
      return { reason: 'TOO_MANY', params: { max: numberAt(args, 0) } };
    case 'arrayUnique':
      return { reason: 'DUPLICATES', params: {} };
    case 'isUuid':
    case 'isUUID':
      return { reason: 'INVALID_ID', params: {} };
    default:
      return { reason: 'INVALID_VALUE', params: {} };
  }
}

/** "population must not be less than 0" -> "must not be less than 0", since the path names the field. */
function stripProperty(message: string, property: string): string {
  return message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
}
