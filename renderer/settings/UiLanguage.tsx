import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AppSettings } from '../../shared/api/settings-contract';
import { languageOfLocale } from '../../shared/i18n/languages';
import { call, getConnection } from '../api/client';
import { I18nProvider } from '../i18n/I18nProvider';
import { followUiLanguage } from '../ui-text/ui-text';

type LocaleChoice = {
  /** The locale in force: the user's choice, else the system's (the desktop app's) or the browser's. */
  locale: string;
  /** The locale the app follows when the user chose none. */
  systemLocale: string;
  chosen: string | null;
  choose: (locale: string | null) => Promise<void>;
};

const LocaleChoiceContext = createContext<LocaleChoice | null>(null);

/**
 * The app's own language and locale: the operating system's in the desktop app (Electron's
 * `app.getLocale()` through `settings.get`), the browser's in the browser host, or the one the
 * user chose in the language menu (kept in the data folder). The page's `lang` follows it, so
 * screen readers pronounce the words and CSS hyphenates long German words where they must wrap.
 */
export function UiLanguage({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<AppSettings | null>(null);
  useEffect(() => {
    if (getConnection().api) call('settings.get', {}).then(setSettings, () => undefined);
  }, []);
  const systemLocale = settings?.systemLocale ?? (navigator.language || 'en');
  const locale = settings?.locale ?? systemLocale;
  const language = languageOfLocale(locale);
  followUiLanguage(language, locale);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const choose = useCallback(async (chosen: string | null) => setSettings(await call('settings.setLocale', { locale: chosen })), []);
  const choice = useMemo(() => ({ locale, systemLocale, chosen: settings?.locale ?? null, choose }), [locale, systemLocale, settings, choose]);
  return (
    <LocaleChoiceContext value={choice}>
      <I18nProvider language={language} locale={locale}>
        {children}
      </I18nProvider>
    </LocaleChoiceContext>
  );
}

/** The app's locale and a way to choose another; only inside UiLanguage. */
export function useLocaleChoice(): LocaleChoice {
  const choice = useContext(LocaleChoiceContext);
  if (!choice) throw new Error('useLocaleChoice is used outside UiLanguage');
  return choice;
}
