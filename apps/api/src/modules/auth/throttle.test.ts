import { describe, expect, it } from 'vitest';
import { currentWindow, decideLimit, decideThrottle, secondsLeft, THROTTLE_WINDOW_MS } from './throttle.js';

const now = new Date('2026-03-01T12:00:00Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const prior = (account: number, address: number, startedMinutesAgo = 5) => ({
  account: { attempts: account, startedAt: minutesAgo(startedMinutesAgo) },
  address: { attempts: address, startedAt: minutesAgo(startedMinutesAgo) },
});

describe('decideThrottle', () => {
  it('lets the first failures through at once', () => {
    expect(decideThrottle(prior(0, 0), now, 250)).toEqual({ kind: 'allow', delayMs: 0 });
    expect(decideThrottle(prior(3, 3), now, 250)).toEqual({ kind: 'allow', delayMs: 0 });
  });

  it('doubles the wait with every further failure of the account, up to a ceiling', () => {
    expect(decideThrottle(prior(4, 4), now, 250)).toEqual({ kind: 'allow', delayMs: 250 });
    expect(decideThrottle(prior(5, 5), now, 250)).toEqual({ kind: 'allow', delayMs: 500 });
    expect(decideThrottle(prior(9, 9), now, 250)).toEqual({ kind: 'allow', delayMs: 8000 });
  });

  it('slows an address that tries many accounts', () => {
    expect(decideThrottle(prior(0, 30), now, 100)).toEqual({ kind: 'allow', delayMs: 400 });
  });

  it('refuses an account or an address past the limit until its window ends', () => {
    expect(decideThrottle(prior(10, 10, 5), now, 250)).toEqual({ kind: 'refuse', retryAfterSeconds: 600 });
    expect(decideThrottle(prior(0, 50, 14), now, 250)).toEqual({ kind: 'refuse', retryAfterSeconds: 60 });
  });
});

describe('attempt windows', () => {
  it('starts a window over once it has run out', () => {
    const window = { attempts: 10, startedAt: minutesAgo(15) };
    expect(currentWindow(window, now)).toEqual({ attempts: 0, startedAt: now });
    expect(currentWindow(undefined, now)).toEqual({ attempts: 0, startedAt: now });
    const running = { attempts: 10, startedAt: new Date(now.getTime() - THROTTLE_WINDOW_MS + 1) };
    expect(currentWindow(running, now)).toBe(running);
  });

  it('never tells a refused client to retry in less than a second', () => {
    expect(secondsLeft({ attempts: 10, startedAt: new Date(now.getTime() - THROTTLE_WINDOW_MS + 1) }, now)).toBe(1);
  });

  it('refuses a plain limit once it is reached', () => {
    expect(decideLimit({ attempts: 2, startedAt: minutesAgo(1) }, 3, now)).toEqual({ kind: 'allow', delayMs: 0 });
    expect(decideLimit({ attempts: 3, startedAt: minutesAgo(1) }, 3, now)).toEqual({ kind: 'refuse', retryAfterSeconds: 840 });
  });
});
