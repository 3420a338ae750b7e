import { describe, expect, it } from 'vitest';
import { translator } from '../../../shared/i18n/i18n-instance';
import { languageOfLocale, localeForLanguage } from '../../../shared/i18n/languages';

describe('languages and locales', () => {
  it('speaks the language of a locale, and English where it does not speak it', () => {
    expect(languageOfLocale('de-AT')).toBe('de');
    expect(languageOfLocale('fr_CA')).toBe('fr');
    expect(languageOfLocale('ES')).toBe('es');
    expect(languageOfLocale('ja-JP')).toBe('en');
    expect(languageOfLocale('')).toBe('en');
  });

  it("writes figures in the user's locale when it is of the text's language, else in the language's own", () => {
    expect(localeForLanguage('de', 'de-CH')).toBe('de-CH');
    expect(localeForLanguage('de', 'en-US')).toBe('de');
    expect(localeForLanguage('en', 'ja-JP')).toBe('en');
  });

  it('translates outside React, each call in its own language', () => {
    expect(translator('de', 'units')('pieces')).toBe('Stk.');
    expect(translator('en', 'units')('pieces')).toBe('pcs');
    expect(translator('fr', 'units')('time.d')).toBe('j');
  });
});
