import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { languageInForce, type AppSettings } from '../../shared/api/settings-contract';
import type { Language } from '../../shared/i18n/languages';
import { call, getConnection, getFeed } from '../api/client';
import { I18nProvider } from '../i18n/I18nProvider';
import { followUiLanguage } from '../ui-text/ui-text';

type LocaleChoice = {
  /** The language of the app's words in force: the user's choice, else the locale's. */
  language: Language;
  /** The locale of figures and dates in force: the user's choice, else the system's (the desktop app's) or the browser's, for the language. */
  locale: string;
  /** The locale the app follows when the user chose none. */
  systemLocale: string;
  /** What is kept in the data folder; null until it has been read. */
  settings: AppSettings | null;
  chooseLanguage: (language: Language | null) => Promise<void>;
  chooseLocale: (locale: string | null) => Promise<void>;
};

const LocaleChoiceContext = createContext<LocaleChoice | null>(null);

/**
 * The app's own language and locale: the operating system's in the desktop app (Electron's
 * `app.getLocale()` through `settings.get`), the browser's in the browser host, or what the user
 * chose in Settings (kept in the data folder). A change made in any window reaches every other
 * through the live feed's `settings` event. The page's `lang` follows it, so screen readers
 * pronounce the words and CSS hyphenates long German words where they must wrap.
 */
export function UiLanguage({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<AppSettings | null>(null);
  useEffect(() => {
    if (!getConnection().api) return;
    const read = () => void call('settings.get', {}).then(setSettings, () => undefined);
    read();
    return getFeed()?.subscribe((event) => {
      if (event.type === 'settings') read();
    });
  }, []);
  const systemLocale = settings?.systemLocale ?? (navigator.language || 'en');
  const { language, locale } = languageInForce(settings ?? { language: null, locale: null, systemLocale: null }, systemLocale);
  followUiLanguage(language, locale);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const chooseLanguage = useCallback(async (chosen: Language | null) => setSettings(await call('settings.setLanguage', { language: chosen })), []);
  const chooseLocale = useCallback(async (chosen: string | null) => setSettings(await call('settings.setLocale', { locale: chosen })), []);
  const choice = useMemo(
    () => ({ language, locale, systemLocale, settings, chooseLanguage, chooseLocale }),
    [language, locale, systemLocale, settings, chooseLanguage, chooseLocale],
  );
  return (
    <LocaleChoiceContext value={choice}>
      <I18nProvider language={language} locale={locale}>
        {children}
      </I18nProvider>
    </LocaleChoiceContext>
  );
}

/** The app's language and locale and a way to choose others; only inside UiLanguage. */
export function useLocaleChoice(): LocaleChoice {
  const choice = useContext(LocaleChoiceContext);
  if (!choice) throw new Error('useLocaleChoice is used outside UiLanguage');
  return choice;
}
