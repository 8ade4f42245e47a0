import { type Change, type Measure, type Section, type StatusReport, type Target, titleKey } from './report.js';

/**
 * What changed in a focus area since the previous report, for the "changes since last year" list.
 * Measures are matched by title (ignoring case and spacing), targets by indicator name and due date.
 * A new section is reported as one NEW_SECTION change rather than one NEW_MEASURE per measure: everything
 * in it is new, and saying so once is easier to read.
 */
export function changesSince(previous: Section | null, current: Section): Change[] {
  if (previous === null) {
    return [{ kind: 'NEW_SECTION', subject: current.title, from: null, to: null }];
  }
  const changes: Change[] = [];
  if (previous.status !== current.status) {
    changes.push(statusChange(current.title, previous.status, current.status));
  }
  changes.push(...targetChanges(previous.targets, current.targets));
  changes.push(...measureChanges(previous.measures, current.measures));
  return changes;
}

/**
 * The new report's sections laid out after the previous report, its template: focus areas that were in
 * the previous report come first in its order, new ones follow in the order given. Each section's
 * `changes` is recomputed against the previous report. The previous commentary is deliberately not copied:
 * last year's prose would read as this year's assessment without anyone having made it.
 */
export function applyTemplate(previous: StatusReport | null, sections: readonly Section[]): Section[] {
  if (previous === null) {
    // The first report has nothing to compare with; calling every section "new" would say nothing.
    return sections.map((section) => ({ ...section, changes: [] }));
  }
  // A focus area is itself by its id, whatever its number now; a section of a report frozen before ids
  // (version 1) can only be matched by number.
  const previousById = new Map<string, { section: Section; position: number }>();
  const previousByNumber = new Map<number, { section: Section; position: number }>();
  previous.sections.forEach((section, position) => {
    if (section.focusAreaId !== null && !previousById.has(section.focusAreaId))
      previousById.set(section.focusAreaId, { section, position });
    if (!previousByNumber.has(section.focusAreaNumber)) previousByNumber.set(section.focusAreaNumber, { section, position });
  });
  const before = (section: Section) =>
    (section.focusAreaId === null ? undefined : previousById.get(section.focusAreaId)) ??
    (previousById.size === 0 ? previousByNumber.get(section.focusAreaNumber) : undefined);
  const positionOf = (section: Section): number => before(section)?.position ?? Number.POSITIVE_INFINITY;
  // Array.prototype.sort is stable, so new sections keep the order they were given in.
  const ordered = [...sections].sort((a, b) => compareNumbers(positionOf(a), positionOf(b)));
  return ordered.map((section) => ({
    ...section,
    changes: changesSince(before(section)?.section ?? null, section),
  }));
}

function measureChanges(previous: readonly Measure[], current: readonly Measure[]): Change[] {
  const previousByKey = firstByKey(previous, (measure) => titleKey(measure.title));
  const currentKeys = new Set(current.map((measure) => titleKey(measure.title)));
  const changes: Change[] = [];
  for (const measure of current) {
    const before = previousByKey.get(titleKey(measure.title));
    if (before === undefined) {
      changes.push({ kind: 'NEW_MEASURE', subject: measure.title, from: null, to: null });
      continue;
    }
    if (before.status !== measure.status) {
      changes.push(statusChange(measure.title, before.status, measure.status));
    }
    if (before.progress !== measure.progress) {
      changes.push({
        kind: 'PROGRESS_CHANGED',
        subject: measure.title,
        from: progressText(before.progress),
        to: progressText(measure.progress),
      });
    }
  }
  for (const [key, measure] of previousByKey) {
    if (!currentKeys.has(key)) {
      changes.push({ kind: 'REMOVED_MEASURE', subject: measure.title, from: null, to: null });
    }
  }
  return changes;
}

function targetChanges(previous: readonly Target[], current: readonly Target[]): Change[] {
  const keyOf = (target: Target): string => `${titleKey(target.indicatorName)}|${target.dueDate ?? ''}`;
  const previousByKey = uniqueByKey(previous, keyOf);
  const currentByKey = uniqueByKey(current, keyOf);
  const changes: Change[] = [];
  for (const [key, target] of currentByKey) {
    const before = previousByKey.get(key);
    if (before !== undefined && before.status !== target.status) {
      changes.push(statusChange(target.indicatorName, before.status, target.status));
    }
  }
  return changes;
}

function statusChange(subject: string, from: string, to: string): Change {
  return { kind: 'STATUS_CHANGED', subject, from, to };
}

function progressText(progress: number | null): string | null {
  return progress === null ? null : String(progress);
}

function firstByKey<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T> {
  const byKey = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    if (!byKey.has(key)) {
      byKey.set(key, item);
    }
  }
  return byKey;
}

/** Items whose key occurs exactly once; an ambiguous key cannot be matched across years, so it is left out. */
function uniqueByKey<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const byKey = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    if (counts.get(key) === 1) {
      byKey.set(key, item);
    }
  }
  return byKey;
}

function compareNumbers(a: number, b: number): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}
