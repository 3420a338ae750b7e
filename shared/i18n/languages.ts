/**
 * The languages the app speaks. A language picks the message catalogue; a locale (a BCP 47 tag
 * such as "de-CH") picks how figures and dates are written. A German facilitator in Zurich reads
 * German words with Swiss separators, so the two travel separately: the language comes from the
 * locale unless a workshop or the settings choose another.
 */
export const LANGUAGES = ['en', 'de', 'fr', 'es'] as const;

export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language in its own words, as a language menu lists it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
};

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The language of a locale tag ("de-AT" → "de"); English for a language the app does not speak. */
export function languageOfLocale(locale: string): Language {
  const primary = primaryLanguage(locale);
  return isLanguage(primary) ? primary : DEFAULT_LANGUAGE;
}

function primaryLanguage(locale: string): string {
  return locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
}

/**
 * The locale to write figures in for text in `language`: the user's own locale when it is of
 * that language (so "de-CH" keeps its separators), else the language itself, so a German report
 * printed on an English laptop reads "1.700", not "1,700".
 */
export function localeForLanguage(language: Language, userLocale: string): string {
  return primaryLanguage(userLocale) === language ? userLocale : language;
}

/**
 * The language an `Accept-Language` header asks for: the most preferred of its languages the
 * app speaks ("fr-CH, de;q=0.8" → "fr"; "it, de;q=0.5" → "de"), or undefined when it names none.
 */
export function languageOfAcceptLanguage(header: string | undefined): Language | undefined {
  const ranked = (header ?? '')
    .split(',')
    .map((entry, index) => {
      const [tag = '', ...parameters] = entry.split(';').map((part) => part.trim());
      const quality = parameters.map((parameter) => /^q=([\d.]+)$/i.exec(parameter)?.[1]).find((value) => value !== undefined);
      return { language: primaryLanguage(tag), quality: quality === undefined ? 1 : Number(quality), index };
    })
    .filter((entry) => entry.quality > 0 && isLanguage(entry.language))
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  const first = ranked[0]?.language;
  return first !== undefined && isLanguage(first) ? first : undefined;
}
