/** A term: from the first day to the last (null or absent while open-ended), both included. Dates are ISO strings. */
export interface Period {
  startsOn: string;
  endsOn?: string | null;
}

/** Whether the period runs on the date. */
export function isActiveOn(period: Period, date: string): boolean {
  return period.startsOn <= date && (period.endsOn == null || period.endsOn >= date);
}

/** Whether two periods share at least one day. */
export function overlaps(a: Period, b: Period): boolean {
  return (a.endsOn == null || a.endsOn >= b.startsOn) && (b.endsOn == null || b.endsOn >= a.startsOn);
}
