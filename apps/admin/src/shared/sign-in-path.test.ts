import { describe, expect, it } from 'vitest';

import { safeReturnTo, signInPath } from './sign-in-path';

describe('safeReturnTo', () => {
  it('keeps a local path with its query', () => {
    expect(safeReturnTo('/communities/abc/users')).toBe('/communities/abc/users');
    expect(safeReturnTo('/communities/abc?populationYear=2022')).toBe('/communities/abc?populationYear=2022');
  });

  it('falls back to the front page when nothing is given', () => {
    expect(safeReturnTo(null)).toBe('/');
    expect(safeReturnTo(undefined)).toBe('/');
    expect(safeReturnTo('')).toBe('/');
  });

  it('refuses anything that could lead to another site', () => {
    expect(safeReturnTo('https://evil.example/')).toBe('/');
    expect(safeReturnTo('//evil.example/')).toBe('/');
    expect(safeReturnTo('/\\evil.example/')).toBe('/');
    expect(safeReturnTo('/\t/evil.example/')).toBe('/');
    expect(safeReturnTo('/\n/evil.example/')).toBe('/');
    expect(safeReturnTo('javascript:alert(1)')).toBe('/');
    expect(safeReturnTo('communities')).toBe('/');
  });

  it('does not return to the sign-in page itself', () => {
    expect(safeReturnTo('/sign-in')).toBe('/');
    expect(safeReturnTo('/sign-in?returnTo=/x')).toBe('/');
    expect(safeReturnTo('/sign-in-help')).toBe('/sign-in-help');
  });
});

describe('signInPath', () => {
  it('comes back to the current page', () => {
    expect(signInPath({ pathname: '/communities/abc/audit', search: '?type=Partner' })).toBe(
      '/sign-in?returnTo=%2Fcommunities%2Fabc%2Faudit%3Ftype%3DPartner',
    );
  });

  it('needs no returnTo from the front page', () => {
    expect(signInPath({ pathname: '/', search: '' })).toBe('/sign-in');
  });

  it('stays as it is on the sign-in page', () => {
    expect(signInPath({ pathname: '/sign-in', search: '?returnTo=%2Faccount' })).toBe('/sign-in?returnTo=%2Faccount');
  });
});
