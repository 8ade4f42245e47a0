import { type Change, type Measure, type Section, type StatusReport, type Target, titleKey } from './report.js';

/**
 * The element of the previous report that an element of this year's is: the one with the same stable
 * id, so renumbering and renaming never break a comparison; an element of a report upgraded from
 * version 1 has no id and is matched by `legacyKey` instead (a number or a title).
 */
function previousMatcher<T>(previous: readonly T[], idOf: (item: T) => string | null, legacyKey: (item: T) => string) {
  const byId = new Map<string, T>();
  const byLegacyKey = new Map<string, T>();
  for (const item of previous) {
    const id = idOf(item);
    if (id !== null) {
      if (!byId.has(id)) byId.set(id, item);
    } else if (!byLegacyKey.has(legacyKey(item))) {
      byLegacyKey.set(legacyKey(item), item);
    }
  }
  return (current: T): T | undefined => {
    const id = idOf(current);
    return (id !== null ? byId.get(id) : undefined) ?? byLegacyKey.get(legacyKey(current));
  };
}

/**
 * What changed in a focus area since the previous report, for the "changes since last year" list.
 * Measures and targets are matched by id (previousMatcher); without one, measures by title (ignoring
 * case and spacing), targets by indicator name and due date.
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

/** Whether a section's commentary was written for this year's report (saved, even if empty). */
export type CommentaryWritten = (section: Section) => boolean;

/**
 * The new report's sections laid out after the previous report, its template (SSU sak 26/2024: "etter
 * mal fra statusrapport 2023"): focus areas that were in the previous report come first in its order,
 * new ones follow in the order given. Each section's `changes` is recomputed against the previous
 * report. A section whose commentary nobody has written this year starts from last year's text, marked
 * `commentaryCarriedOver` until someone saves it, so last year's prose never reads as this year's
 * assessment unnoticed.
 */
export function applyTemplate(
  previous: StatusReport | null,
  sections: readonly Section[],
  commentaryWritten: CommentaryWritten = () => true,
): Section[] {
  if (previous === null) {
    // The first report has nothing to compare with; calling every section "new" would say nothing.
    return sections.map((section) => ({ ...section, changes: [] }));
  }
  const previousOf = previousMatcher(
    previous.sections,
    (section) => section.focusAreaId,
    (section) => String(section.focusAreaNumber),
  );
  const positions = new Map(previous.sections.map((section, position) => [section, position]));
  const positionOf = (section: Section): number => {
    const match = previousOf(section);
    return match === undefined ? Number.POSITIVE_INFINITY : (positions.get(match) ?? Number.POSITIVE_INFINITY);
  };
  // Array.prototype.sort is stable, so new sections keep the order they were given in.
  const ordered = [...sections].sort((a, b) => compareNumbers(positionOf(a), positionOf(b)));
  return ordered.map((section) => {
    const before = previousOf(section) ?? null;
    const carried = !commentaryWritten(section) && before !== null && before.commentary.trim() !== '';
    return {
      ...section,
      ...(carried ? { commentary: before.commentary, commentaryCarriedOver: true } : {}),
      changes: changesSince(before, section),
    };
  });
}

function measureChanges(previous: readonly Measure[], current: readonly Measure[]): Change[] {
  const previousOf = previousMatcher(
    previous,
    (measure) => measure.id,
    (measure) => titleKey(measure.title),
  );
  const matched = new Set<Measure>();
  const changes: Change[] = [];
  for (const measure of current) {
    const before = previousOf(measure);
    if (before !== undefined) matched.add(before);
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
  // A measure listed twice by title in a version 1 report counts once, as it was matched.
  const removed = previous.filter(
    (measure, index) =>
      !matched.has(measure) &&
      (measure.id !== null ||
        previous.findIndex((other) => other.id === null && titleKey(other.title) === titleKey(measure.title)) === index),
  );
  for (const measure of removed) {
    changes.push({ kind: 'REMOVED_MEASURE', subject: measure.title, from: null, to: null });
  }
  return changes;
}

function targetChanges(previous: readonly Target[], current: readonly Target[]): Change[] {
  const keyOf = (target: Target): string => `${titleKey(target.indicatorName)}|${target.dueDate ?? ''}`;
  // Without ids, an ambiguous key cannot be matched across years: such targets are left out.
  const ambiguous = (targets: readonly Target[]) => {
    const counts = new Map<string, number>();
    for (const target of targets) if (target.id === null) counts.set(keyOf(target), (counts.get(keyOf(target)) ?? 0) + 1);
    return (target: Target) => target.id === null && (counts.get(keyOf(target)) ?? 0) > 1;
  };
  const previousAmbiguous = ambiguous(previous);
  const currentAmbiguous = ambiguous(current);
  const previousOf = previousMatcher(
    previous.filter((target) => !previousAmbiguous(target)),
    (target) => target.id,
    keyOf,
  );
  const changes: Change[] = [];
  for (const target of current.filter((candidate) => !currentAmbiguous(candidate))) {
    const before = previousOf(target);
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

function compareNumbers(a: number, b: number): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}
