/**
 * Picks the year named in a URL parameter when it is one of the available years, otherwise the
 * latest available year; undefined when there are none.
 */
export function chooseYear(param: string | null, availableYears: readonly number[]): number | undefined {
  if (param !== null && /^\d{4}$/.test(param)) {
    const requested = Number(param);
    if (availableYears.includes(requested)) return requested;
  }
  return latestYear(availableYears);
}

export function latestYear(years: readonly number[]): number | undefined {
  return years.length === 0 ? undefined : Math.max(...years);
}

/** Distinct years, newest first. */
export function distinctYearsDescending(years: Iterable<number>): number[] {
  return [...new Set(years)].sort((a, b) => b - a);
}
