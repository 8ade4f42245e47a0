import { describe, expect, it } from 'vitest';
import { decideThrottle } from './throttle.js';

describe('decideThrottle', () => {
  it('lets the first failures through at once', () => {
    expect(decideThrottle({ forAccount: 0, forAddress: 0 }, 250)).toEqual({ kind: 'allow', delayMs: 0 });
    expect(decideThrottle({ forAccount: 3, forAddress: 3 }, 250)).toEqual({ kind: 'allow', delayMs: 0 });
  });

  it('doubles the wait with every further failure of the account, up to a ceiling', () => {
    expect(decideThrottle({ forAccount: 4, forAddress: 4 }, 250)).toEqual({ kind: 'allow', delayMs: 250 });
    expect(decideThrottle({ forAccount: 5, forAddress: 5 }, 250)).toEqual({ kind: 'allow', delayMs: 500 });
    expect(decideThrottle({ forAccount: 9, forAddress: 9 }, 250)).toEqual({ kind: 'allow', delayMs: 8000 });
  });

  it('slows an address that tries many accounts', () => {
    expect(decideThrottle({ forAccount: 0, forAddress: 30 }, 100)).toEqual({ kind: 'allow', delayMs: 400 });
  });

  it('refuses an account or an address past the limit for the rest of the window', () => {
    expect(decideThrottle({ forAccount: 10, forAddress: 10 }, 250)).toEqual({ kind: 'refuse', retryAfterSeconds: 900 });
    expect(decideThrottle({ forAccount: 0, forAddress: 50 }, 250)).toEqual({ kind: 'refuse', retryAfterSeconds: 900 });
  });
});
