import { useEffect, type ReactNode } from 'react';
import { languageOfLocale } from '../../shared/i18n/languages';
import { I18nProvider } from './I18nProvider';
import { followUiLanguage } from './ui-text';

/**
 * The app's own language: the browser's (in Electron, Chromium's locale is the operating
 * system's). The page's `lang` follows it, so screen readers pronounce the words and CSS
 * hyphenates long German words where they must wrap.
 */
export function UiLanguage({ children }: { children: ReactNode }) {
  const locale = navigator.language || 'en';
  const language = languageOfLocale(locale);
  followUiLanguage(language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <I18nProvider language={language} locale={locale}>
      {children}
    </I18nProvider>
  );
}
