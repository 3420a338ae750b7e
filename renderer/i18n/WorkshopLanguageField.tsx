import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from '../../shared/i18n/languages';
import { useLocaleFormat } from './I18nProvider';

type Props = { value: Language | undefined; onChange: (language: Language | undefined) => void };

/**
 * The language of a workshop's room, for its form: the report and the CSV files follow it,
 * whatever language the facilitator's app shows. Unset, they follow the app's.
 */
export function WorkshopLanguageField({ value, onChange }: Props) {
  const { t } = useTranslation('settings');
  const ui = useLocaleFormat();
  return (
    <label className="field">
      <span>{t('workshopLanguage')}</span>
      <select value={value ?? ''} onChange={(event) => onChange(isLanguage(event.target.value) ? event.target.value : undefined)}>
        <option value="">{t('sameAsApp', { language: LANGUAGE_NAMES[ui.language] })}</option>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
      <small className="field-hint">{t('workshopLanguageHint')}</small>
    </label>
  );
}
