import { createI18n } from '../../shared/i18n/i18n-instance';
import { languageOfLocale, type Language } from '../../shared/i18n/languages';

/**
 * The app's words for code outside components: sync notices, export messages, form checks, the
 * names of edits. It reads the same catalogues in the same language as the screens (UiLanguage
 * keeps the two together), so a message made in a hook reads like the screen around it. Keys
 * carry their namespace: `uiText('map:save.saved')`.
 */
const ui = createI18n(languageOfLocale(typeof navigator === 'undefined' ? 'en' : navigator.language));

export const uiText = ui.t.bind(ui);

/** Called by UiLanguage, so text made outside components follows the language the screens show. */
export function followUiLanguage(language: Language): void {
  if (ui.language !== language) void ui.changeLanguage(language);
}
