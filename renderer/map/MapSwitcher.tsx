import { useTranslation } from 'react-i18next';
import type { MapMeta } from '../../shared/model/vsm-map';

type MapSwitcherProps = { maps: readonly MapMeta[]; currentId: string; onOpen: (mapId: string) => void; onNew: () => void };

/** The workshop's maps as tabs, and the way to add another. */
export function MapSwitcher({ maps, currentId, onOpen, onNew }: MapSwitcherProps) {
  const { t } = useTranslation('map');
  return (
    <nav className="map-switcher" aria-label={t('switcher.label')}>
      {maps.map((map) => (
        <button
          key={map.id}
          type="button"
          className="map-tab"
          aria-current={map.id === currentId ? 'page' : undefined}
          title={t(map.state === 'future' ? 'switcher.futureTab' : 'switcher.currentTab', { name: map.name })}
          onClick={() => map.id !== currentId && onOpen(map.id)}
        >
          {map.name}
        </button>
      ))}
      <button type="button" className="map-tab map-tab-new" onClick={onNew} title={t('switcher.newTitle')}>
        {t('switcher.new')}
      </button>
    </nav>
  );
}
