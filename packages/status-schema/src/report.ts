import { z } from 'zod';

import { measureStatusReasonSchema } from './derive.js';
import { gapSchema } from './gaps.js';
import { LIST_LIMITS, TEXT_LIMITS, YEAR_RANGE } from './limits.js';
import { type Locale, statusLevelSchema } from './status.js';
import { upgradeStatusReport } from './upgrade.js';

/** The four priority patient groups that run through every plan (see DOMAIN.md). */
export const PRIORITY_PATIENT_GROUPS = [
  'CHILDREN_AND_YOUNG_PEOPLE',
  'SEVERE_MENTAL_ILLNESS_AND_SUBSTANCE_ABUSE',
  'FRAIL_ELDERLY',
  'SEVERAL_CHRONIC_ILLNESSES',
] as const;
export type PriorityPatientGroup = (typeof PRIORITY_PATIENT_GROUPS)[number];

export const priorityPatientGroupSchema = z.enum(PRIORITY_PATIENT_GROUPS);

export const priorityPatientGroupLabels = {
  nb: {
    CHILDREN_AND_YOUNG_PEOPLE: 'Barn og unge',
    SEVERE_MENTAL_ILLNESS_AND_SUBSTANCE_ABUSE: 'Personer med alvorlige psykiske lidelser og rusproblemer',
    FRAIL_ELDERLY: 'Skrøpelige eldre',
    SEVERAL_CHRONIC_ILLNESSES: 'Personer med flere kroniske lidelser',
  },
  en: {
    CHILDREN_AND_YOUNG_PEOPLE: 'Children and young people',
    SEVERE_MENTAL_ILLNESS_AND_SUBSTANCE_ABUSE: 'People with severe mental illness and substance abuse',
    FRAIL_ELDERLY: 'Frail elderly',
    SEVERAL_CHRONIC_ILLNESSES: 'People with several chronic illnesses',
  },
} as const satisfies Record<Locale, Record<PriorityPatientGroup, string>>;

/**
 * Bumped when the report's shape changes incompatibly; `parseStatusReport` upgrades older snapshots as
 * it reads them (upgrade.ts; frozen rows themselves never change, ADR 0019). Version 1 had no element
 * ids; version 2 gives focus areas, targets and measures their stable ids and marks commentary
 * carried over from last year's report.
 */
export const STATUS_REPORT_SCHEMA_VERSION = 2;

const yearSchema = z.int().min(YEAR_RANGE.min).max(YEAR_RANGE.max);
const isoDateSchema = z.iso.date();
const nameSchema = z.string().trim().min(1).max(TEXT_LIMITS.name);
const titleSchema = z.string().trim().min(1).max(TEXT_LIMITS.title);
// z.number() already rejects NaN and Infinity in zod 4.
const indicatorValueSchema = z.number().nullable();
/** A plan element's stable id (it survives renumbering); null only in a report upgraded from version 1, which recorded none. */
const elementIdSchema = z.string().trim().min(1).max(64).nullable();

/**
 * Two titles that differ only in case or spacing name the same thing. Used for uniqueness here and for
 * matching measures across years in compare.ts, so both agree on what "the same measure" is.
 */
export function titleKey(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');
}

export const targetSchema = z.strictObject({
  id: elementIdSchema,
  description: z.string().trim().min(1).max(TEXT_LIMITS.description),
  indicatorName: titleSchema,
  unit: z.string().trim().min(1).max(TEXT_LIMITS.name),
  baseline: indicatorValueSchema,
  targetValue: indicatorValueSchema,
  dueDate: isoDateSchema.nullable(),
  latestValue: indicatorValueSchema,
  /** The date latestValue was measured. */
  valueDate: isoDateSchema.nullable(),
  status: statusLevelSchema,
});
export type Target = z.infer<typeof targetSchema>;

export const measureSchema = z
  .strictObject({
    id: elementIdSchema,
    title: titleSchema,
    /** Who carries the measure (a partner, an organ, a named role); null while nobody has taken it on. */
    owner: nameSchema.nullable(),
    startsOn: isoDateSchema.nullable(),
    endsOn: isoDateSchema.nullable(),
    patientGroups: z.array(priorityPatientGroupSchema).max(PRIORITY_PATIENT_GROUPS.length),
    /** Percent complete. */
    progress: z.number().min(0).max(100).nullable(),
    status: statusLevelSchema,
    statusReason: measureStatusReasonSchema.nullable(),
    lastUpdateOn: isoDateSchema.nullable(),
    comment: z.string().max(TEXT_LIMITS.comment),
  })
  .superRefine((measure, context) => {
    // ISO dates compare correctly as strings.
    if (measure.startsOn !== null && measure.endsOn !== null && measure.endsOn < measure.startsOn) {
      context.addIssue({ code: 'custom', path: ['endsOn'], message: 'The end date is before the start date.' });
    }
    if (new Set(measure.patientGroups).size !== measure.patientGroups.length) {
      context.addIssue({ code: 'custom', path: ['patientGroups'], message: 'A patient group is listed more than once.' });
    }
  });
export type Measure = z.infer<typeof measureSchema>;

export const CHANGE_KINDS = ['NEW_SECTION', 'NEW_MEASURE', 'REMOVED_MEASURE', 'STATUS_CHANGED', 'PROGRESS_CHANGED'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const changeKindSchema = z.enum(CHANGE_KINDS);

export const changeSchema = z.strictObject({
  kind: changeKindSchema,
  /** The title of the section, measure or target (indicator name) that changed. */
  subject: titleSchema,
  /** The value before and after, as text (a status code or a number); null for additions and removals. */
  from: z.string().max(TEXT_LIMITS.description).nullable(),
  to: z.string().max(TEXT_LIMITS.description).nullable(),
});
export type Change = z.infer<typeof changeSchema>;

export const sectionSchema = z
  .strictObject({
    /** The focus area's stable id; its number may change when areas are reordered. */
    focusAreaId: elementIdSchema,
    focusAreaNumber: z.int().min(1).max(99),
    title: titleSchema,
    /** The organ that answers for the focus area, e.g. an FSU or SSU itself. */
    responsibleOrgan: nameSchema.nullable(),
    hasProfessionalCommittee: z.boolean(),
    status: statusLevelSchema,
    /** SSU's assessment in prose; may be empty while the report is being written. */
    commentary: z.string().max(TEXT_LIMITS.commentary),
    /** The commentary is last year's, carried over as the template and not yet edited by anyone this year. */
    commentaryCarriedOver: z.boolean(),
    gaps: z.array(gapSchema).max(LIST_LIMITS.gaps),
    targets: z.array(targetSchema).max(LIST_LIMITS.targets),
    measures: z.array(measureSchema).max(LIST_LIMITS.measures),
    changes: z.array(changeSchema).max(LIST_LIMITS.changes),
  })
  .superRefine((section, context) => {
    // A report upgraded from version 1 has no measure ids and matches measures by title, so a title must name one measure.
    const seen = new Set<string>();
    section.measures.forEach((measure, index) => {
      const key = titleKey(measure.title);
      if (seen.has(key)) {
        context.addIssue({
          code: 'custom',
          path: ['measures', index, 'title'],
          message: 'Another measure in this section has the same title.',
        });
      }
      seen.add(key);
    });
  });
export type Section = z.infer<typeof sectionSchema>;

export const statusReportSchema = z
  .strictObject({
    schemaVersion: z.literal(STATUS_REPORT_SCHEMA_VERSION),
    communityName: nameSchema,
    planTitle: titleSchema,
    /** The plan's adopted period in years, e.g. 2022-2024; a prolonged plan keeps its original period. */
    planPeriod: z
      .strictObject({ from: yearSchema, to: yearSchema })
      .refine((period) => period.from <= period.to, { message: 'The period ends before it starts.', path: ['to'] }),
    year: yearSchema,
    /** Status as of this day; the derived statuses and gaps are judged on it. */
    cutOffDate: isoDateSchema,
    generatedAt: z.iso.datetime({ offset: true }),
    /** The report used as template, or null for the first report. */
    previousReportYear: yearSchema.nullable(),
    sections: z.array(sectionSchema).max(LIST_LIMITS.sections),
  })
  .superRefine((report, context) => {
    if (report.previousReportYear !== null && report.previousReportYear >= report.year) {
      context.addIssue({ code: 'custom', path: ['previousReportYear'], message: 'The previous report must be from an earlier year.' });
    }
    const seen = new Set<number>();
    report.sections.forEach((section, index) => {
      if (seen.has(section.focusAreaNumber)) {
        context.addIssue({
          code: 'custom',
          path: ['sections', index, 'focusAreaNumber'],
          message: 'Another section has the same focus area number.',
        });
      }
      seen.add(section.focusAreaNumber);
    });
  });
export type StatusReport = z.infer<typeof statusReportSchema>;

export interface SchemaProblem {
  /** Where the problem is, written like code: `sections[1].measures[0].progress`; empty for the report itself. */
  path: string;
  message: string;
}

export type ParseStatusReportResult = { ok: true; report: StatusReport } | { ok: false; problems: SchemaProblem[] };

/** Validates untrusted input (an API payload, a stored snapshot of any known version, upgraded) as a status report. */
export function parseStatusReport(input: unknown): ParseStatusReportResult {
  const result = statusReportSchema.safeParse(upgradeStatusReport(input));
  if (result.success) {
    return { ok: true, report: result.data };
  }
  return { ok: false, problems: toProblems(result.error) };
}

function toProblems(error: z.ZodError): SchemaProblem[] {
  return error.issues.flatMap((issue): SchemaProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      // One problem per unknown field, pointing at the field itself rather than at the object holding it.
      return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'Unknown field.' }));
    }
    return [{ path: formatPath(issue.path), message: issue.message }];
  });
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      text += `[${segment}]`;
    } else if (typeof segment === 'string' && IDENTIFIER.test(segment)) {
      text += text === '' ? segment : `.${segment}`;
    } else {
      text += `[${JSON.stringify(String(segment))}]`;
    }
  }
  return text;
}
