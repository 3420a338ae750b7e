import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../shared/i18n/i18n-instance';
import type { Language } from '../../shared/i18n/languages';
import { ENGLISH, localeFormat, type LocaleFormat } from '../../shared/locale/locale-format';

const LocaleContext = createContext<LocaleFormat>(ENGLISH);

type Props = {
  language: Language;
  /** The BCP 47 locale figures and dates are written in ("de-CH"). */
  locale: string;
  children: ReactNode;
};

/**
 * Messages in `language` and figures in `locale` for everything inside. Components read the
 * messages with react-i18next's `useTranslation(namespace)` and the figures' formats with
 * `useLocaleFormat()` (shared/locale), whose unit words are in `language` too.
 * Providers nest: the report takes its workshop's language inside an app shown in another.
 */
export function I18nProvider({ language, locale, children }: Props) {
  const [i18n] = useState(() => createI18n(language));
  const format = useMemo(() => localeFormat(locale, language), [locale, language]);
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [i18n, language]);
  return (
    <I18nextProvider i18n={i18n}>
      <LocaleContext value={format}>{children}</LocaleContext>
    </I18nextProvider>
  );
}

/** How figures and dates are written here: "1.700 Stk.", "0,4 d" under a German provider. */
export function useLocaleFormat(): LocaleFormat {
  return useContext(LocaleContext);
}
