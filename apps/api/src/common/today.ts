/** Today's date in Norway (YYYY-MM-DD), the default for "as of" questions. */
export function today(): string {
  return osloDate(new Date());
}

/** The calendar date in Norway of a moment. */
export function osloDate(moment: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(moment);
}
