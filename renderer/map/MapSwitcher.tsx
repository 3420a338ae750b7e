import type { MapMeta } from '../../shared/model/vsm-map';

type MapSwitcherProps = { maps: readonly MapMeta[]; currentId: string; onOpen: (mapId: string) => void; onNew: () => void };

/** The workshop's maps as tabs, and the way to add another. */
export function MapSwitcher({ maps, currentId, onOpen, onNew }: MapSwitcherProps) {
  return (
    <nav className="map-switcher" aria-label="Maps of this workshop">
      {maps.map((map) => (
        <button
          key={map.id}
          type="button"
          className="map-tab"
          aria-current={map.id === currentId ? 'page' : undefined}
          title={`${map.name} (${map.state === 'future' ? 'future' : 'current'} state)`}
          onClick={() => map.id !== currentId && onOpen(map.id)}
        >
          {map.name}
        </button>
      ))}
      <button type="button" className="map-tab map-tab-new" onClick={onNew} title="Add a map to this workshop">
        + New map
      </button>
    </nav>
  );
}
