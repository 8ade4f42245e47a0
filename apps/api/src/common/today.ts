/** Today's date in Norway (YYYY-MM-DD), the default for "as of" questions. */
export function today(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
}
