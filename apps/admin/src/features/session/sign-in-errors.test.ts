import { describe, expect, it } from 'vitest';

import { createI18n } from '../../app/i18n';
import { providerErrorMessage } from './sign-in-errors';

describe('providerErrorMessage', () => {
  it("maps each of the API's error values to a message", () => {
    expect(providerErrorMessage('no-account')).toBe('noAccount');
    expect(providerErrorMessage('failed')).toBe('failed');
    expect(providerErrorMessage('expired')).toBe('expired');
    expect(providerErrorMessage('provider-unavailable')).toBe('providerUnavailable');
  });

  it('shows the general message for an unknown value and nothing without one', () => {
    expect(providerErrorMessage('toString')).toBe('failed');
    expect(providerErrorMessage('')).toBe('failed');
    expect(providerErrorMessage(null)).toBeUndefined();
  });

  it('has a text for every message in both languages', async () => {
    const i18n = createI18n(undefined);
    for (const key of ['noAccount', 'failed', 'expired', 'providerUnavailable'] as const) {
      expect(i18n.t(`signIn.providerErrors.${key}`)).not.toContain('signIn.');
    }
    await i18n.changeLanguage('en');
    expect(i18n.t('signIn.providerErrors.noAccount')).toContain('account');
  });
});
