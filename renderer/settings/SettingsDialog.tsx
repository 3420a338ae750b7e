import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageInForce } from '../../shared/api/settings-contract';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, languageOfLocale } from '../../shared/i18n/languages';
import { call, errorMessage } from '../api/client';
import { Dialog } from '../components/Dialog';
import { useLocaleFormat } from '../i18n/I18nProvider';
import { localeOptions } from './locale-choices';
import './settings.css';
import { useLocaleChoice } from './UiLanguage';

/**
 * The app's settings, set once and kept in the data folder: the language of its words, the
 * locale of its figures and dates (each following the system unless chosen), and where its data
 * lives. A choice applies at once, here and in every other window, with a sample to check it by.
 */
export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['settings', 'common']);
  const { language, systemLocale, settings, chooseLanguage, chooseLocale } = useLocaleChoice();
  const format = useLocaleFormat();
  const [problem, setProblem] = useState<string | null>(null);
  const languageId = useId();
  const localeId = useId();
  const save = (saving: Promise<void>, message: 'notSaved' | 'localeNotSaved' | 'folderNotOpened') =>
    saving.then(
      () => setProblem(null),
      (error: unknown) => setProblem(t(message, { detail: errorMessage(error) })),
    );
  const date = new Intl.DateTimeFormat(format.locale, { dateStyle: 'long' }).format(new Date());
  const localeName = (tag: string) => new Intl.DisplayNames([language], { type: 'language', languageDisplay: 'standard' }).of(tag) ?? tag;
  // What "as the system" would give now: the system's figures if it speaks the language in force, else that language's own.
  const followed = languageInForce(
    { language: settings?.language ?? null, locale: null, systemLocale: settings?.systemLocale ?? null },
    systemLocale,
  ).locale;
  return (
    <Dialog title={t('title')} onClose={onClose}>
      <div className="form settings-form">
        <div className="field">
          <label htmlFor={languageId}>{t('language')}</label>
          <select
            id={languageId}
            value={settings?.language ?? ''}
            onChange={(event) => {
              const chosen = event.target.value;
              void save(chooseLanguage(isLanguage(chosen) ? chosen : null), 'notSaved');
            }}
          >
            <option value="">{t('system', { language: LANGUAGE_NAMES[languageOfLocale(settings?.locale ?? systemLocale)] })}</option>
            {LANGUAGES.map((option) => (
              <option key={option} value={option} lang={option}>
                {LANGUAGE_NAMES[option]}
              </option>
            ))}
          </select>
          <small className="field-hint">{t('languageTitle')}</small>
        </div>
        <div className="field">
          <label htmlFor={localeId}>{t('figures')}</label>
          <select
            id={localeId}
            value={settings?.locale ?? ''}
            onChange={(event) => void save(chooseLocale(event.target.value === '' ? null : event.target.value), 'localeNotSaved')}
          >
            <option value="">{t('figuresSystem', { locale: localeName(followed) })}</option>
            {localeOptions(language, systemLocale, settings?.locale ?? null).map((option) => (
              <option key={option.tag} value={option.tag}>
                {option.name}
              </option>
            ))}
          </select>
          <small className="field-hint">{t('figuresHint')}</small>
          <output className="settings-sample" aria-live="polite">
            {t('sample', { pieces: format.pieces(1700), duration: format.withUnit(format.number(0.4), format.timeUnit('d')), date })}
          </output>
        </div>
        {settings && (
          <div className="field">
            <span>{t('dataFolder')}</span>
            <code className="settings-folder">{settings.dataFolder}</code>
            <small className="field-hint">{t('dataFolderHint')}</small>
            {settings.canOpenDataFolder && (
              <button
                type="button"
                className="button settings-open-folder"
                onClick={() =>
                  void save(
                    call('settings.openDataFolder', {}).then(() => undefined),
                    'folderNotOpened',
                  )
                }
              >
                {t('openDataFolder')}
              </button>
            )}
          </div>
        )}
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose} autoFocus>
          {t('common:close')}
        </button>
      </div>
    </Dialog>
  );
}
