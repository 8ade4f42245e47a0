import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/env.js';
import { listenHost } from './listen-host.js';

describe('listenHost', () => {
  it('listens on loopback only when demo accounts exist and HOST is not set', () => {
    expect(listenHost(loadConfig({}).host, true)).toBe('127.0.0.1');
  });

  it('listens on every interface without demo accounts, and wherever HOST says', () => {
    expect(listenHost(loadConfig({}).host, false)).toBe('0.0.0.0');
    expect(listenHost(loadConfig({ HOST: '0.0.0.0' }).host, true)).toBe('0.0.0.0');
    expect(listenHost(loadConfig({ HOST: '::1' }).host, false)).toBe('::1');
  });
});
