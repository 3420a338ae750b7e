import i18next, { type i18n, type TFunction } from 'i18next';
import { CATALOGUES, type Namespace } from './catalogues';
import type { en } from './catalogues/en';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from './languages';

/**
 * The app's messages through i18next: catalogues bundled with the code (nothing is loaded at run
 * time), plurals chosen by CLDR through `Intl.PluralRules`, and keys and `{{variables}}` checked by
 * the compiler against the English catalogue (the declaration below). No escaping: React escapes
 * what it renders, and a CSV or PDF wants the text as written.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof en;
    strictKeyChecks: true;
    strictInterpolationChecks: true;
  }
}

/** A new i18next instance showing `language`; every instance holds every language. */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: CATALOGUES,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    ns: Object.keys(CATALOGUES.en),
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // A name set inside a sentence ("Add process"): English writes it in lower case, German keeps its nouns capitalised.
  instance.services.formatter?.add('lowercase', (value: unknown, language: string | undefined) => String(value).toLocaleLowerCase(language));
  return instance;
}

const shared = createI18n(DEFAULT_LANGUAGE);

/**
 * The messages of one namespace in one language, for code outside React: the report, the CSV
 * export, the diagnostics, the menu. `translator('de', 'vsm')('metric.leadTime')`.
 */
export function translator<N extends Namespace>(language: Language, namespace: N): TFunction<N> {
  return shared.getFixedT(language, namespace);
}
