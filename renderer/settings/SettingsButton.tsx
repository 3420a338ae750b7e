import { useTranslation } from 'react-i18next';
import { openSettings } from './settings-dialog-state';

/** Opens Settings; placed in the workshop list's header. Its name is the registry's, as in the menu and the shortcut sheet. */
export function SettingsButton() {
  const { t } = useTranslation('mapActions');
  return (
    <button type="button" className="button" onClick={openSettings} title={t('actions.open-settings.description')}>
      {t('actions.open-settings.label')}
    </button>
  );
}
