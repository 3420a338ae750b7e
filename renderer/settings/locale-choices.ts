import type { Language } from '../../shared/i18n/languages';

/**
 * The locales Settings offers for figures and dates: the regions where the app's languages are
 * spoken in plants (Swiss, Austrian and Mexican figures differ from their neighbours'), the
 * system's own, and the one already chosen, whatever it is, so a choice made elsewhere is shown.
 */
const OFFERED = ['en-US', 'en-GB', 'de-DE', 'de-AT', 'de-CH', 'fr-FR', 'fr-CH', 'fr-CA', 'es-ES', 'es-MX'];

export type LocaleOption = { tag: string; name: string };

export function localeOptions(language: Language, systemLocale: string, chosen: string | null): LocaleOption[] {
  const tags = [...new Set([...OFFERED, ...canonical(systemLocale), ...(chosen === null ? [] : canonical(chosen))])];
  const names = new Intl.DisplayNames([language], { type: 'language', languageDisplay: 'standard' });
  return tags.map((tag) => ({ tag, name: names.of(tag) ?? tag })).sort((a, b) => a.name.localeCompare(b.name, language));
}

function canonical(tag: string): string[] {
  try {
    return Intl.getCanonicalLocales(tag);
  } catch {
    return [];
  }
}
