import { isIsoDate } from '@helsefellesskap/calendar';

import type { DecisionRule, OrganKind, PartnerKind } from '../../gql/graphql';

/** Why a typed value cannot be sent: each has a text in `register.problems`. */
export type RegisterProblem = 'required' | 'municipalityNumber' | 'wholeNumber' | 'date';

/** The input to send, or the problems of the fields by name, all at once so the form shows them together. */
export type Checked<Input> = { ok: true; input: Input } | { ok: false; problems: Partial<Record<string, RegisterProblem>> };

type Parsed<T> = { ok: true; value: T } | { ok: false; problem: RegisterProblem };

function requiredText(text: string): Parsed<string> {
  const trimmed = text.trim();
  return trimmed === '' ? { ok: false, problem: 'required' } : { ok: true, value: trimmed };
}

/** A kommunenummer: four digits, e.g. "1833". */
function municipalityNumber(text: string): Parsed<string> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'required' };
  return /^\d{4}$/.test(trimmed) ? { ok: true, value: trimmed } : { ok: false, problem: 'municipalityNumber' };
}

/** Empty → null; else a whole number from 0 up (spaces between digit groups allowed). */
function optionalWholeNumber(text: string): Parsed<number | null> {
  const compact = text.replace(/[\s\u00a0]/g, '');
  if (compact === '') return { ok: true, value: null };
  return /^\d{1,9}$/.test(compact) ? { ok: true, value: Number(compact) } : { ok: false, problem: 'wholeNumber' };
}

/** Empty → null; else an ISO date (what a date field gives). */
function optionalDate(text: string): Parsed<string | null> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  return isIsoDate(trimmed) ? { ok: true, value: trimmed } : { ok: false, problem: 'date' };
}

/** The problems of the fields that did not parse. */
function refused(parsed: Record<string, Parsed<unknown>>): { ok: false; problems: Partial<Record<string, RegisterProblem>> } {
  return {
    ok: false,
    problems: Object.fromEntries(Object.entries(parsed).flatMap(([field, result]) => (result.ok ? [] : [[field, result.problem]]))),
  };
}

/** Two checked parts of one form: both inputs, or the problems of both. */
export function together<A, B>(a: Checked<A>, b: Checked<B>): Checked<[A, B]> {
  if (a.ok && b.ok) return { ok: true, input: [a.input, b.input] };
  return { ok: false, problems: { ...(a.ok ? {} : a.problems), ...(b.ok ? {} : b.problems) } };
}

/** The community's names. */
export function communityDetailsInput(typed: { name: string; shortName: string }): Checked<{ name: string; shortName: string }> {
  const name = requiredText(typed.name);
  const shortName = requiredText(typed.shortName);
  if (!name.ok || !shortName.ok) return refused({ name, shortName });
  return { ok: true, input: { name: name.value, shortName: shortName.value } };
}

export interface PartnerValues {
  kind: PartnerKind;
  name: string;
  municipalityNumber: string;
  joinedOn: string;
}

/** A partner's details: a municipality has a municipality number, the hospital trust none (left out). */
export function partnerInput(typed: PartnerValues): Checked<{ name: string; municipalityNumber?: string; joinedOn: string | null }> {
  const name = requiredText(typed.name);
  const number: Parsed<string | undefined> =
    typed.kind === 'MUNICIPALITY' ? municipalityNumber(typed.municipalityNumber) : { ok: true, value: undefined };
  const joinedOn = optionalDate(typed.joinedOn);
  if (!name.ok || !number.ok || !joinedOn.ok) return refused({ name, municipalityNumber: number, joinedOn });
  const input = { name: name.value, joinedOn: joinedOn.value };
  return { ok: true, input: number.value === undefined ? input : { ...input, municipalityNumber: number.value } };
}

/** A regional council: its name and the member municipalities ticked. */
export function regionalCouncilInput(typed: {
  name: string;
  memberPartnerIds: readonly string[];
}): Checked<{ name: string; memberPartnerIds: string[] }> {
  const name = requiredText(typed.name);
  if (!name.ok) return refused({ name });
  return { ok: true, input: { name: name.value, memberPartnerIds: [...new Set(typed.memberPartnerIds)] } };
}

export interface CouncilCandidate {
  id: string;
  name: string;
  municipalityNumber: string | null;
  /** The council it belongs to now, if any. */
  council: { id: string; name: string } | null;
}

/**
 * The municipalities a regional council can have, by municipality number: those that are partners
 * today or will be, and its members (one that has left can still be taken out).
 */
export function councilCandidates(
  partners: readonly {
    id: string;
    name: string;
    kind: PartnerKind;
    municipalityNumber: string | null;
    leftOn: string | null;
    regionalCouncil?: { id: string; name: string } | null;
  }[],
  today: string,
  memberIds: readonly string[],
): CouncilCandidate[] {
  return partners
    .filter(
      (partner) =>
        partner.kind === 'MUNICIPALITY' && (partner.leftOn === null || partner.leftOn >= today || memberIds.includes(partner.id)),
    )
    .map((partner) => ({
      id: partner.id,
      name: partner.name,
      municipalityNumber: partner.municipalityNumber,
      council: partner.regionalCouncil ?? null,
    }))
    .sort((a, b) => (a.municipalityNumber ?? '').localeCompare(b.municipalityNumber ?? ''));
}

/** The rules of procedure in days or counts, in the order of the seeds' rules. */
export const procedureNumberFields = [
  'meetingsPerYear',
  'caseSubmissionDeadlineDays',
  'noticePeriodDays',
  'noticePeriodMaxDays',
  'extraordinaryNoticeDays',
  'protocolDeadlineDays',
  'minutesObjectionPeriodDays',
] as const;
export type ProcedureNumberField = (typeof procedureNumberFields)[number];

/** A value for each rule of procedure, made by `make`. */
export function perProcedureField<T>(make: (field: ProcedureNumberField) => T): Record<ProcedureNumberField, T> {
  return {
    meetingsPerYear: make('meetingsPerYear'),
    caseSubmissionDeadlineDays: make('caseSubmissionDeadlineDays'),
    noticePeriodDays: make('noticePeriodDays'),
    noticePeriodMaxDays: make('noticePeriodMaxDays'),
    extraordinaryNoticeDays: make('extraordinaryNoticeDays'),
    protocolDeadlineDays: make('protocolDeadlineDays'),
    minutesObjectionPeriodDays: make('minutesObjectionPeriodDays'),
  };
}

/** The rules of procedure as typed: each a whole number, or empty when the rule is not set. */
export function procedureRulesInput(typed: Record<ProcedureNumberField, string>): Checked<Record<ProcedureNumberField, number | null>> {
  const parsed = perProcedureField((field) => optionalWholeNumber(typed[field]));
  if (procedureNumberFields.some((field) => !parsed[field].ok)) return refused(parsed);
  return {
    ok: true,
    input: perProcedureField((field) => {
      const result = parsed[field];
      return result.ok ? result.value : null;
    }),
  };
}

export interface OrganValues {
  name: string;
  kind: OrganKind;
  establishedOn: string;
  dissolvedOn: string;
  /** The organ that elects the chair and vice-chair; empty for none. */
  officersElectedByOrganId: string;
  chairRotationYears: string;
}

/** An organ's details and the officers' rules (who elects the chair, years before the chair passes to the other side). */
export function organInput(typed: OrganValues): Checked<{
  name: string;
  kind: OrganKind;
  establishedOn: string | null;
  dissolvedOn: string | null;
  officers: { officersElectedByOrganId: string | null; chairRotationYears: number | null };
}> {
  const name = requiredText(typed.name);
  const establishedOn = optionalDate(typed.establishedOn);
  const dissolvedOn = optionalDate(typed.dissolvedOn);
  const chairRotationYears = optionalWholeNumber(typed.chairRotationYears);
  if (!name.ok || !establishedOn.ok || !dissolvedOn.ok || !chairRotationYears.ok) {
    return refused({ name, establishedOn, dissolvedOn, chairRotationYears });
  }
  return {
    ok: true,
    input: {
      name: name.value,
      kind: typed.kind,
      establishedOn: establishedOn.value,
      dissolvedOn: dissolvedOn.value,
      officers: {
        officersElectedByOrganId: typed.officersElectedByOrganId === '' ? null : typed.officersElectedByOrganId,
        chairRotationYears: chairRotationYears.value,
      },
    },
  };
}

export const partnerKinds: readonly PartnerKind[] = ['MUNICIPALITY', 'HOSPITAL_TRUST'];
export const organKinds: readonly OrganKind[] = [
  'PARTNERSHIP_MEETING',
  'STRATEGIC_COMMITTEE',
  'PROFESSIONAL_COMMITTEE',
  'DIALOGUE_MEETING',
  'SECRETARIAT',
  'OTHER',
];
export const decisionRules: readonly DecisionRule[] = ['CONSENSUS', 'VOTE'];

/** One of `allowed`, as a select gives it; `fallback` for anything else. */
export function oneOf<T extends string>(allowed: readonly T[], value: string, fallback: T): T {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}
