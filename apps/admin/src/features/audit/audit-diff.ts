/** One field of an audited record, before and after the change. */
export interface FieldChange {
  field: string;
  /** Undefined when the field is not in the record before (always so for a creation). */
  before: unknown;
  after: unknown;
  changed: boolean;
}

type Snapshot = Record<string, unknown> | null | undefined;

/** JSON equality, regardless of the order of object keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameJson(item, b[index]));
  }
  const aEntries = Object.entries(a);
  const bRecord = new Map(Object.entries(b));
  return aEntries.length === bRecord.size && aEntries.every(([key, value]) => bRecord.has(key) && sameJson(value, bRecord.get(key)));
}

/**
 * The fields of a record before and after a change, side by side: the fields of the record after
 * it in their order, then those only before it (a deletion has only those). A field is changed
 * when its value differs or it is in only one of the two.
 */
export function diffRecords(before: Snapshot, after: Snapshot): FieldChange[] {
  const fields = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])];
  return fields.map((field) => {
    const inBefore = before != null && Object.hasOwn(before, field);
    const inAfter = after != null && Object.hasOwn(after, field);
    const beforeValue = inBefore ? before[field] : undefined;
    const afterValue = inAfter ? after[field] : undefined;
    return {
      field,
      before: beforeValue,
      after: afterValue,
      changed: inBefore !== inAfter || !sameJson(beforeValue, afterValue),
    };
  });
}

/** A value as text: strings as they are, other JSON as JSON; undefined for nothing (null or absent). */
export function auditValueText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
