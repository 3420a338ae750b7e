import { useTranslation } from 'react-i18next';
import { useRecovery } from './recovery-context';

/** Opens the list of backups; placed in a screen's header. */
export function BackupsButton() {
  const { openBackups } = useRecovery();
  const { t } = useTranslation('recovery');
  return (
    <button type="button" className="button" onClick={openBackups} title={t('button.title')}>
      {t('button.label')}
    </button>
  );
}
