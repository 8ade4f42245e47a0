/** Something, an @, something, a dot, something: the API checks the address properly. */
const roughEmail = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function looksLikeEmail(value: string): boolean {
  return roughEmail.test(value);
}
