/** An indicator value with its unit, e.g. "80 %", "12,5 dager", "300 pasienter". */
export function formatIndicatorValue(value: number, unit: string, locale: string): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)} ${unit}`;
}

/** Progress in percent (0–100), e.g. "57,5 %" in Norwegian. */
export function formatProgress(percent: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}
