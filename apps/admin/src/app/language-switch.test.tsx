import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { renderWithI18n } from '../test/render';
import { LanguageSwitch } from './language-switch';

afterEach(cleanup);

describe('LanguageSwitch', () => {
  it('offers English in English and switches the page language back and forth', async () => {
    renderWithI18n(<LanguageSwitch />);
    const toEnglish = screen.getByRole('button', { name: 'English' });
    expect(toEnglish.getAttribute('lang')).toBe('en');

    fireEvent.click(toEnglish);
    const toNorwegian = await screen.findByRole('button', { name: 'Norsk (bokmål)' });
    expect(document.documentElement.lang).toBe('en');
    expect(toNorwegian.getAttribute('lang')).toBe('nb');

    fireEvent.click(toNorwegian);
    await screen.findByRole('button', { name: 'English' });
    expect(document.documentElement.lang).toBe('nb');
  });
});
