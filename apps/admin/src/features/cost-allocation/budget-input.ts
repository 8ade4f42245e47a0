import type { SaveCoordinatorBudgetInput } from '../../gql/graphql';

/** The API's limits: a thousand billion kroner per figure, 200 characters per description, 100 lines. */
export const MAX_KRONER = 1_000_000_000_000;
export const MAX_LABEL_LENGTH = 200;
export const MAX_LINES = 100;

/**
 * Reads whole kroner typed the Norwegian way ("900 000", "900 000 kr") or plainly ("900000"). A point or
 * comma is refused rather than guessed at: "12.500" may mean twelve and a half or twelve thousand five hundred.
 */
export function parseKroner(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/(kr|,-)$/i, '');
  if (!/^\d+$/.test(compact)) return undefined;
  const value = Number(compact);
  return value <= MAX_KRONER ? value : undefined;
}

export interface BudgetLineValues {
  /** Stable key of the row in the form (not sent). */
  key: string;
  label: string;
  amount: string;
}

export interface BudgetFormValues {
  lines: BudgetLineValues[];
  stateGrant: string;
}

export type BudgetProblem = 'labelRequired' | 'labelTooLong' | 'wholeKroner' | 'tooManyLines';

export interface BudgetErrors {
  /** Keyed by the row's key. */
  lines: Record<string, { label?: BudgetProblem; amount?: BudgetProblem }>;
  stateGrant?: BudgetProblem;
  form?: BudgetProblem;
}

export type BudgetParseResult = { ok: true; input: SaveCoordinatorBudgetInput } | { ok: false; errors: BudgetErrors };

let nextKey = 0;
export function newLineKey(): string {
  nextKey += 1;
  return `line-${nextKey}`;
}

/** The form's values from a stored budget: amounts shown as typed, without separators. */
export function budgetFormValues(budget: {
  costLines: readonly { label: string; amount: number }[];
  stateGrant: number;
}): BudgetFormValues {
  return {
    lines: budget.costLines.map((line) => ({ key: newLineKey(), label: line.label, amount: String(line.amount) })),
    stateGrant: String(budget.stateGrant),
  };
}

/** Checks every field at once (each problem named by its field) and builds the API's input. */
export function buildBudgetInput(
  values: BudgetFormValues,
  target: { communityId: string; budgetYear: number; fixedShareRatio: number; version: number | null },
): BudgetParseResult {
  const errors: BudgetErrors = { lines: {} };
  const costLines: SaveCoordinatorBudgetInput['costLines'] = [];
  for (const line of values.lines) {
    const label = line.label.trim();
    const amount = parseKroner(line.amount);
    const problems: BudgetErrors['lines'][string] = {};
    if (label === '') problems.label = 'labelRequired';
    else if (label.length > MAX_LABEL_LENGTH) problems.label = 'labelTooLong';
    if (amount === undefined) problems.amount = 'wholeKroner';
    if (problems.label || problems.amount) errors.lines[line.key] = problems;
    else if (amount !== undefined) costLines.push({ label, amount });
  }
  const stateGrant = parseKroner(values.stateGrant);
  if (stateGrant === undefined) errors.stateGrant = 'wholeKroner';
  if (values.lines.length > MAX_LINES) errors.form = 'tooManyLines';
  const failed = Object.keys(errors.lines).length > 0 || errors.stateGrant !== undefined || errors.form !== undefined;
  if (failed || stateGrant === undefined) return { ok: false, errors };
  return {
    ok: true,
    input: {
      communityId: target.communityId,
      budgetYear: target.budgetYear,
      fixedShareRatio: target.fixedShareRatio,
      stateGrant,
      costLines,
      // The version the editor loaded: the API refuses the save if someone saved after it.
      expectedVersion: target.version,
    },
  };
}
