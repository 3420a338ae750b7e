import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, languageOfLocale } from '../../shared/i18n/languages';
import { errorMessage } from '../api/client';
import { useLocaleChoice } from './UiLanguage';

/**
 * The app's language, for a screen's header: as the system, or one the app speaks. A chosen
 * language keeps the system's figures when they are of the same language (de-CH stays Swiss).
 */
export function LanguageMenu() {
  const { t } = useTranslation('settings');
  const { chosen, systemLocale, choose } = useLocaleChoice();
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const value = chosen === null ? '' : languageOfLocale(chosen);
  return (
    <span className="language-menu">
      <label htmlFor={id} className="visually-hidden">
        {t('language')}
      </label>
      <select
        id={id}
        className="button"
        value={value}
        title={t('languageTitle')}
        onChange={(event) => {
          const language = event.target.value;
          const locale = language === '' ? null : languageOfLocale(systemLocale) === language ? systemLocale : language;
          choose(locale).then(
            () => setProblem(null),
            (error: unknown) => setProblem(t('notSaved', { detail: errorMessage(error) })),
          );
        }}
      >
        <option value="">{t('system', { language: LANGUAGE_NAMES[languageOfLocale(systemLocale)] })}</option>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
      {problem && (
        <span className="field-error" role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}
