import { isIsoDate } from '@helsefellesskap/calendar';

/** Why a typed value cannot be sent: each has a text in the planAuthoring.errors namespace. */
export type AuthoringProblem = 'required' | 'yearInvalid' | 'numberInvalid' | 'dateInvalid';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: AuthoringProblem };

/** Values as typed, by field name; a list of choices (checkboxes) is kept joined by commas. */
export type FormValues<Field extends string> = Record<Field, string>;

export type BuildResult<Input, Field extends string> =
  { ok: true; input: Input } | { ok: false; problems: Partial<Record<Field, AuthoringProblem>> };

export function requiredText(text: string): Parsed<string> {
  const trimmed = text.trim();
  return trimmed === '' ? { ok: false, problem: 'required' } : { ok: true, value: trimmed };
}

/** A four-digit year. */
export function year(text: string): Parsed<number> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'required' };
  return /^\d{4}$/.test(trimmed) ? { ok: true, value: Number(trimmed) } : { ok: false, problem: 'yearInvalid' };
}

/** Empty → null; a number with a decimal comma or point (spaces as thousands separators allowed). */
export function optionalNumber(text: string): Parsed<number | null> {
  const compact = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (compact === '') return { ok: true, value: null };
  return /^-?\d+(\.\d+)?$/.test(compact) ? { ok: true, value: Number(compact) } : { ok: false, problem: 'numberInvalid' };
}

/** Empty → null; else an ISO date (what a date field gives). */
export function optionalDate(text: string): Parsed<string | null> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  return isIsoDate(trimmed) ? { ok: true, value: trimmed } : { ok: false, problem: 'dateInvalid' };
}

/** Empty → null, else the id chosen. */
export function optionalId(text: string): string | null {
  return text === '' ? null : text;
}

/** The choices of a group of checkboxes, kept joined by commas in the form's values. */
export function choices(text: string): string[] {
  return text.split(',').filter((choice) => choice !== '');
}

/**
 * Collects the problems of every field's parse result at once (so all are shown together), or builds
 * the input, which reads the parsed values through `valueOf`.
 */
export function buildInput<Field extends string, Input>(
  checks: readonly (readonly [Field, Parsed<unknown>])[],
  build: () => Input,
): BuildResult<Input, Field> {
  const problems: Partial<Record<Field, AuthoringProblem>> = {};
  for (const [field, parsed] of checks) if (!parsed.ok) problems[field] = parsed.problem;
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, input: build() };
}

/** The value of a parse result `buildInput` has found good. */
export function valueOf<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw new Error(`A value with the problem ${parsed.problem} reached the input.`);
  return parsed.value;
}

/** The owner of a measure is chosen in one list of partners and organs: "partner:<id>" or "organ:<id>". */
export function ownerIds(choice: string): { ownerPartnerId: string | null; ownerOrganId: string | null } {
  if (choice.startsWith('partner:')) return { ownerPartnerId: choice.slice('partner:'.length), ownerOrganId: null };
  if (choice.startsWith('organ:')) return { ownerPartnerId: null, ownerOrganId: choice.slice('organ:'.length) };
  return { ownerPartnerId: null, ownerOrganId: null };
}

export function ownerChoice(ownerPartnerId: string | null | undefined, ownerOrganId: string | null | undefined): string {
  if (ownerPartnerId) return `partner:${ownerPartnerId}`;
  if (ownerOrganId) return `organ:${ownerOrganId}`;
  return '';
}

/** A number as the form shows it for editing (decimal comma in bokmål). */
export function numberText(value: number | null | undefined, decimalComma: boolean): string {
  if (value === null || value === undefined) return '';
  return decimalComma ? String(value).replace('.', ',') : String(value);
}
