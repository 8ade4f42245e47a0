import { describe, expect, it } from 'vitest';

import { checkPasswordChange } from './password-change';

describe('checkPasswordChange', () => {
  it('accepts a long enough new password typed twice', () => {
    expect(checkPasswordChange({ current: 'demo', next: 'et-langt-passord', repeat: 'et-langt-passord' })).toEqual({});
  });

  it('asks for the current password and a new one of at least ten characters', () => {
    expect(checkPasswordChange({ current: '', next: 'kort', repeat: 'kort' })).toEqual({ current: 'currentRequired', next: 'tooShort' });
    expect(checkPasswordChange({ current: 'demo', next: '1234567890', repeat: '1234567890' })).toEqual({});
  });

  it('reports a repetition that differs', () => {
    expect(checkPasswordChange({ current: 'demo', next: 'et-langt-passord', repeat: 'et-langt-pasord' })).toEqual({ repeat: 'mismatch' });
  });
});
