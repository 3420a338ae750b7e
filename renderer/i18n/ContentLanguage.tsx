import { createContext, useContext, type ReactNode } from 'react';
import type { Language } from '../../shared/i18n/languages';
import { useLocaleFormat } from './I18nProvider';

const ContentLanguageContext = createContext<Language | null>(null);

/**
 * The language of the workshop on screen, which the words the app writes into it (the agenda
 * template, the vote's question, an example map) are written in: the workshop's own, else the
 * app's. The screen around it may speak another; what is written stays the room's.
 */
export function ContentLanguage({ language, children }: { language: Language | undefined; children: ReactNode }) {
  const app = useLocaleFormat().language;
  return <ContentLanguageContext value={language ?? app}>{children}</ContentLanguageContext>;
}

export function useContentLanguage(): Language {
  const app = useLocaleFormat().language;
  return useContext(ContentLanguageContext) ?? app;
}
