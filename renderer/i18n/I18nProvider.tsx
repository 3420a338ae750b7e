import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../shared/i18n/i18n-instance';
import type { Language } from '../../shared/i18n/languages';

const LocaleContext = createContext('en');

type Props = {
  language: Language;
  /** The BCP 47 locale figures and dates are written in ("de-CH"). */
  locale: string;
  children: ReactNode;
};

/**
 * Messages in `language` and figures in `locale` for everything inside. Components read the
 * messages with react-i18next's `useTranslation(namespace)` and the locale with `useLocale()`.
 * Providers nest: the report takes its workshop's language inside an app shown in another.
 */
export function I18nProvider({ language, locale, children }: Props) {
  const [i18n] = useState(() => createI18n(language));
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [i18n, language]);
  return (
    <I18nextProvider i18n={i18n}>
      <LocaleContext value={locale}>{children}</LocaleContext>
    </I18nextProvider>
  );
}

/** The locale figures and dates are written in here. */
export function useLocale(): string {
  return useContext(LocaleContext);
}
