import { createI18n } from '../../shared/i18n/i18n-instance';
import { languageOfLocale, type Language } from '../../shared/i18n/languages';
import { setRefusalLanguage } from '../../shared/i18n/refusals';
import { localeFormat, type LocaleFormat } from '../../shared/locale/locale-format';

/**
 * The app's words and figures for code outside components: sync notices, export messages, form
 * checks, the names of edits, the data boxes drawn on the canvas. It reads the same catalogues in
 * the same language, and writes figures in the same locale, as the screens (UiLanguage keeps them
 * together), so a message made in a hook reads like the screen around it. Keys carry their
 * namespace: `uiText('map:save.saved')`.
 */
const initialLocale = typeof navigator === 'undefined' ? 'en' : navigator.language || 'en';

const ui = createI18n(languageOfLocale(initialLocale));

let format = localeFormat(initialLocale);

export const uiText = ui.t.bind(ui);

/** How the screens write figures now: "0,4 d" under a German locale. */
export function uiFormat(): LocaleFormat {
  return format;
}

/** Called by UiLanguage, so text made outside components follows the language and locale the screens show. */
export function followUiLanguage(language: Language, locale: string): void {
  if (ui.language !== language) void ui.changeLanguage(language);
  setRefusalLanguage(language);
  format = localeFormat(locale, language);
}
