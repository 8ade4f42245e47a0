import { describe, expect, it } from 'vitest';

import { checkNewPassword, checkResetEmail, tokenFromHash } from './password-link';

describe('tokenFromHash', () => {
  it('reads the token after #token=', () => {
    expect(tokenFromHash('#token=abcdefghijklmnopqrstuvwxyz_-0123456789ABCDEF')).toBe('abcdefghijklmnopqrstuvwxyz_-0123456789ABCDEF');
  });

  it('gives nothing for a missing or malformed token', () => {
    expect(tokenFromHash('')).toBeUndefined();
    expect(tokenFromHash('#token=')).toBeUndefined();
    expect(tokenFromHash('#token=short')).toBeUndefined();
    expect(tokenFromHash('#token=<script>alert(1)</script>xxxxxxxxxxxx')).toBeUndefined();
  });
});

describe('checkNewPassword', () => {
  it('accepts a long enough password typed twice', () => {
    expect(checkNewPassword({ next: 'et-langt-passord', repeat: 'et-langt-passord' })).toEqual({});
  });

  it('asks for at least ten characters, then the same twice', () => {
    expect(checkNewPassword({ next: 'kort', repeat: 'kort' })).toEqual({ next: 'tooShort' });
    expect(checkNewPassword({ next: 'et-langt-passord', repeat: 'et-langt-pasord' })).toEqual({ repeat: 'mismatch' });
  });
});

describe('checkResetEmail', () => {
  it('asks for an address shaped like one', () => {
    expect(checkResetEmail('  ')).toBe('emailRequired');
    expect(checkResetEmail('kari')).toBe('emailInvalid');
    expect(checkResetEmail(' kari@rana.kommune.no ')).toBeUndefined();
  });
});
