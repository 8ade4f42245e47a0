import { type ParseStatusReportResult, parseStatusReport, STATUS_REPORT_FORMAT_VERSION } from './report.js';

/** Plain JSON objects, as a stored snapshot holds them; anything else is left for the schema to refuse. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mapList(value: unknown, map: (item: Record<string, unknown>) => Record<string, unknown>): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((item: unknown) => (isRecord(item) ? map(item) : item));
}

/**
 * Format 1 → 2: `schemaVersion` becomes `formatVersion`; focus areas, targets and measures get an id
 * of null (format 1 recorded none, and today's numbering may differ from the one the report was frozen
 * with, so guessing ids from it could tie a section to the wrong focus area); no commentary is marked
 * carried over (format 1 did not know). Comparisons fall back to numbers and titles for elements
 * without an id.
 */
function fromFormat1(report: Record<string, unknown>): Record<string, unknown> {
  const rest = Object.fromEntries(Object.entries(report).filter(([key]) => key !== 'schemaVersion'));
  return {
    formatVersion: 2,
    ...rest,
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
 * A stored report (a frozen snapshot) in the current format: older formats are upgraded on read,
 * never rewritten, since frozen reports never change in the database (ADR 0006, ADR 0019).
 * Returns the input unchanged when it is of no format known here, so the schema says what is wrong.
 */
export function upgradeStatusReport(stored: unknown): unknown {
  if (!isRecord(stored)) return stored;
  if (stored.formatVersion === STATUS_REPORT_FORMAT_VERSION) return stored;
  if (stored.formatVersion === undefined && stored.schemaVersion === 1) return fromFormat1(stored);
  return stored;
}

/** Validates a stored report of any known format, upgraded to the current one. */
export function readStoredStatusReport(stored: unknown): ParseStatusReportResult {
  return parseStatusReport(upgradeStatusReport(stored));
}
