export const signInPathname = '/sign-in';

/**
 * A path inside this app to return to after signing in, or `/`. Only a local path is accepted
 * (one leading slash, no backslash or control characters, which browsers may read as another
 * origin: `//evil.example`, `/\evil.example`, `/\t/evil.example`), and never the sign-in page itself.
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value?.startsWith('/') || value.startsWith('//')) return '/';
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return '/';
  if (value === signInPathname || /^\/sign-in[?#/]/.test(value)) return '/';
  return value;
}

interface LocationLike {
  pathname: string;
  search: string;
}

/** The sign-in page, coming back to `location` afterwards (left out when that is the front page). */
export function signInPath(location: LocationLike): string {
  if (location.pathname === signInPathname) return `${location.pathname}${location.search}`;
  const returnTo = safeReturnTo(`${location.pathname}${location.search}`);
  return returnTo === '/' ? signInPathname : `${signInPathname}?${new URLSearchParams({ returnTo }).toString()}`;
}
