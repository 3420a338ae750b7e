import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../shared/i18n/catalogues';
import { PLURAL_CATEGORIES } from '../../../shared/i18n/catalogue-shape';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';

/**
 * The compiler already refuses a catalogue that lacks a key of the English one or has one it
 * lacks (`CatalogueShape`); this holds the same at run time, where a cast or a JSON catalogue
 * could slip past it, and checks what no type can: the plural categories are the ones
 * `Intl.PluralRules` uses for the language, every message is written, and a translation uses
 * the same `{{variables}}` as the English message it translates.
 */
type Entries = Map<string, string>;

function flatten(tree: object, prefix = '', into: Entries = new Map()): Entries {
  const entries: [string, unknown][] = Object.entries(tree);
  for (const [key, value] of entries) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into.set(path, value);
    else if (typeof value === 'object' && value !== null) flatten(value, path, into);
    else throw new Error(`${path} is neither a message nor a group`);
  }
  return into;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** The keys `language` must have: English's, with each plural in the language's own categories. */
function expectedKeys(language: Language): string[] {
  const keys = new Set<string>();
  for (const key of flatten(CATALOGUES.en).keys()) {
    const base = key.replace(PLURAL, '');
    if (base === key) keys.add(key);
    else for (const category of PLURAL_CATEGORIES[language]) keys.add(`${base}_${category}`);
  }
  return [...keys].sort();
}

function variables(message: string): string[] {
  return [...message.matchAll(/\{\{\s*([\w.]+)/g)].map((match) => match[1] ?? '').sort();
}

describe('message catalogues', () => {
  it.each(LANGUAGES)('%s uses the plural categories of its own CLDR rules', (language) => {
    expect([...PLURAL_CATEGORIES[language]].sort()).toEqual([...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort());
  });

  it.each(LANGUAGES)('%s has exactly the keys of the English catalogue', (language) => {
    expect([...flatten(CATALOGUES[language]).keys()].sort()).toEqual(expectedKeys(language));
  });

  it.each(LANGUAGES)('%s has no empty message and the variables of the English one', (language) => {
    const english = flatten(CATALOGUES.en);
    for (const [key, message] of flatten(CATALOGUES[language])) {
      expect(message.trim(), key).not.toBe('');
      const reference = english.get(key) ?? english.get(key.replace(PLURAL, '_other')) ?? '';
      expect(variables(message), key).toEqual(variables(reference));
    }
  });
});
