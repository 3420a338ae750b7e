import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type SubScreenHeaderProps = { workshopTitle: string; screenTitle: string; onBack: () => void; children?: ReactNode };

/** The header of a screen opened from a map (comparison, action plan): the way back, what this is, its controls. */
export function SubScreenHeader({ workshopTitle, screenTitle, onBack, children }: SubScreenHeaderProps) {
  const { t } = useTranslation('common');
  return (
    <header className="app-header">
      <button type="button" className="button button-quiet" onClick={onBack} title={t('backToMapTitle')}>
        {t('backToMap')}
      </button>
      <div className="header-title">
        <span className="header-workshop">{workshopTitle}</span>
        <span className="header-map">{screenTitle}</span>
      </div>
      {children}
    </header>
  );
}
