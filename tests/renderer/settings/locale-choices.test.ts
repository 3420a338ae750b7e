import { describe, expect, it } from 'vitest';
import { localeOptions } from '../../../renderer/settings/locale-choices';

/** The locales Settings offers for figures and dates, named in the app's language. */
describe('the locales Settings offers', () => {
  it('names each in the app’s language, in its alphabetical order', () => {
    const german = localeOptions('de', 'de-DE', null);
    expect(german.find((option) => option.tag === 'de-CH')?.name).toBe('Deutsch (Schweiz)');
    expect(german.find((option) => option.tag === 'en-GB')?.name).toBe('Englisch (Vereinigtes Königreich)');
    const names = german.map((option) => option.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'de')));
  });

  it('adds the system’s locale and the one already chosen, once each, and nothing that is not a locale', () => {
    const tags = localeOptions('en', 'nl-BE', 'pt_BR is not a tag').map((option) => option.tag);
    expect(tags).toContain('nl-BE');
    expect(tags.filter((tag) => tag === 'nl-BE')).toHaveLength(1);
    expect(tags.some((tag) => tag.includes(' '))).toBe(false);
    expect(localeOptions('en', 'de-de', 'it-it').map((option) => option.tag)).toEqual(expect.arrayContaining(['de-DE', 'it-IT']));
    expect(localeOptions('en', 'de-DE', null).filter((option) => option.tag === 'de-DE')).toHaveLength(1);
  });
});
