import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { languageOfLocale } from '../../shared/i18n/languages';
import { setRefusalLanguage } from '../../shared/i18n/refusals';
import { I18nProvider } from '../i18n/I18nProvider';
import { createRoomConnection } from './connection/room-connection';
import { ParticipantApp } from './ParticipantApp';
import './participant.css';

// A phone speaks its own language: the participant page has no app settings to ask.
const locale = navigator.language || 'en';
document.documentElement.lang = languageOfLocale(locale);
// The page's own checks (an idea too long, say) say what is wrong in the phone's language too.
setRefusalLanguage(languageOfLocale(locale));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider language={languageOfLocale(locale)} locale={locale}>
      <ParticipantApp connection={createRoomConnection()} />
    </I18nProvider>
  </StrictMode>,
);
