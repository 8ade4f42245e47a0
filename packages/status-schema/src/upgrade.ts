/** Plain JSON objects, as a stored snapshot holds them; anything else is left for the schema to refuse. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mapList(value: unknown, map: (item: Record<string, unknown>) => Record<string, unknown>): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((item: unknown) => (isRecord(item) ? map(item) : item));
}

/**
 * Version 1 → 2: focus areas, targets and measures get an id
 * of null (version 1 recorded none, and today's numbering may differ from the one the report was frozen
 * with, so guessing ids from it could tie a section to the wrong focus area); no commentary is marked
 * carried over (version 1 did not know). Comparisons fall back to numbers and titles for elements
 * without an id.
 */
function fromVersion1(report: Record<string, unknown>): Record<string, unknown> {
  return {
    ...report,
    schemaVersion: 2,
    sections: mapList(report.sections, (section) => ({
      focusAreaId: null,
      ...section,
      commentaryCarriedOver: false,
      targets: mapList(section.targets, (target) => ({ id: null, ...target })),
      measures: mapList(section.measures, (measure) => ({ id: null, ...measure })),
    })),
  };
}

/**
 * A stored report (a frozen snapshot) in the current shape: older versions are upgraded on read,
 * never rewritten, since frozen reports never change in the database (ADR 0006, ADR 0019).
 * `parseStatusReport` calls it; anything of no version known here is returned unchanged, so the
 * schema says what is wrong.
 */
export function upgradeStatusReport(stored: unknown): unknown {
  if (!isRecord(stored) || stored.schemaVersion !== 1) return stored;
  return fromVersion1(stored);
}
