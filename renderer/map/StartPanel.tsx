import { Trans, useTranslation } from 'react-i18next';
import type { MapTemplate } from '../../shared/editing/map-templates';
import type { Language } from '../../shared/i18n/languages';
import { useContentLanguage } from '../i18n/ContentLanguage';

/** `language`: the workshop's, which the example's words are written in. */
type StartPanelProps = { onStart: (template: Exclude<MapTemplate, 'blank'>, language: Language) => void };

/**
 * Shown on an empty current-state map: how to start drawing, or a worked example to start from,
 * so a new user sees in a minute what the app does.
 */
export function StartPanel({ onStart }: StartPanelProps) {
  const { t } = useTranslation('map');
  const language = useContentLanguage();
  return (
    <section className="start-panel" aria-label={t('start.title')}>
      <h2>{t('start.title')}</h2>
      <p>
        <Trans t={t} i18nKey="start.howTo" components={{ kbd: <kbd /> }} />
      </p>
      <p>{t('start.orExample')}</p>
      <div className="start-panel-actions">
        <button type="button" className="button button-large" onClick={() => onStart('learning-to-see', language)}>
          {t('start.manufacturing')}
        </button>
        <button type="button" className="button button-large" onClick={() => onStart('office', language)}>
          {t('start.office')}
        </button>
      </div>
    </section>
  );
}
