import { afterEach, describe, expect, it } from 'vitest';

import { createI18n, languageStorageKey, readStoredLanguage, resources } from './i18n';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    items,
  };
}

/** Every key path of a nested resource object, e.g. "app.productName". */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

afterEach(() => {
  document.documentElement.lang = '';
});

describe('readStoredLanguage', () => {
  it('defaults to Norwegian bokmål', () => {
    expect(readStoredLanguage(memoryStorage())).toBe('nb');
    expect(readStoredLanguage(undefined)).toBe('nb');
  });

  it('restores a stored supported language and ignores anything else', () => {
    expect(readStoredLanguage(memoryStorage({ [languageStorageKey]: 'en' }))).toBe('en');
    expect(readStoredLanguage(memoryStorage({ [languageStorageKey]: 'sv' }))).toBe('nb');
  });

  it('falls back to the default when storage is blocked', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
    };
    expect(readStoredLanguage(blocked)).toBe('nb');
  });
});

describe('createI18n', () => {
  it('starts in Norwegian and sets <html lang>', () => {
    const i18n = createI18n(memoryStorage());
    expect(i18n.language).toBe('nb');
    expect(document.documentElement.lang).toBe('nb');
    expect(i18n.t('costAllocation.title')).toBe('Kostnadsfordeling');
  });

  it('switches language, updates <html lang> and remembers the choice', async () => {
    const storage = memoryStorage();
    const i18n = createI18n(storage);
    await i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(storage.items.get(languageStorageKey)).toBe('en');
    expect(i18n.t('costAllocation.title')).toBe('Cost allocation');
  });

  it('has the same keys in both languages', () => {
    expect(keyPaths(resources.en).sort()).toEqual(keyPaths(resources.nb).sort());
  });
});
