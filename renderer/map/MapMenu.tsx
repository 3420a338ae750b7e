import { useState, type MouseEvent } from 'react';
import type { WorkshopOverview } from '../../shared/api/workshop-contract';
import { comparisonFor, nextFutureStateName } from '../../shared/comparison/map-pairs';
import { call, errorMessage } from '../api/client';
import { formatRoute } from '../routes/routes';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { MenuButton } from '../components/MenuButton';
import { MapNameDialog } from './MapNameDialog';
import './map-menu.css';

type MapMenuProps = {
  overview: WorkshopOverview;
  mapId: string;
  /** After a rename: the workshop's maps are read again. */
  onChanged: () => void;
  onOpenMap: (mapId: string) => void;
  /** Runs before a link leaves the map (saving what is still unsaved), so the next screen reads it. */
  beforeLeave: () => Promise<void>;
};

type Open = 'derive' | 'rename' | 'delete' | null;

/**
 * The open map's own commands in the header: derive a future state from it, rename it, delete
 * it; and the ways out to the comparison and the action plan, which are plain links.
 */
export function MapMenu({ overview, mapId, onChanged, onOpenMap, beforeLeave }: MapMenuProps) {
  const [open, setOpen] = useState<Open>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const map = overview.maps.find((candidate) => candidate.id === mapId);
  const workshopId = overview.workshop.id;
  const pair = comparisonFor(overview.maps, mapId);
  const others = overview.maps.filter((candidate) => candidate.id !== mapId);

  if (!map) return null;

  const leave = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    const href = event.currentTarget.getAttribute('href') ?? '#/';
    void beforeLeave().finally(() => {
      window.location.hash = href;
    });
  };

  const deriveLabel = map.state === 'current' ? 'Derive a future state…' : 'Copy as another future state…';
  return (
    <div className="map-menu">
      <MenuButton
        label="Map ▾"
        title="This map: derive a future state, rename, delete"
        groups={[
          [
            {
              label: deriveLabel,
              title: 'A copy of this map to redesign, each step remembering where it came from',
              onSelect: () => setOpen('derive'),
            },
            { label: 'Rename this map…', title: 'Give this map another name', onSelect: () => setOpen('rename') },
            {
              label: 'Delete this map…',
              title: others.length === 0 ? 'A workshop keeps at least one map' : 'Delete this map and everything on it (asks first)',
              onSelect: () => setOpen('delete'),
              disabled: others.length === 0,
              danger: true,
            },
          ],
        ]}
      />
      {pair ? (
        <a
          className="button"
          href={formatRoute({ screen: 'compare', workshopId, ...pair })}
          onClick={leave}
          title="Current and future state side by side, with every figure before and after"
        >
          Compare
        </a>
      ) : (
        <button type="button" className="button" disabled title="Derive a future state first: there is nothing to compare yet">
          Compare
        </button>
      )}
      <a
        className="button"
        href={formatRoute({ screen: 'actions', workshopId, mapId })}
        onClick={leave}
        title="The action plan: every action of the future states"
      >
        Action plan
      </a>
      {problem && (
        <span className="header-problem" role="alert">
          {problem}
        </span>
      )}
      {open === 'derive' && (
        <MapNameDialog
          title={map.state === 'current' ? 'Derive a future state' : 'Copy as another future state'}
          intro={
            map.state === 'current'
              ? `A copy of “${map.name}” to redesign. Each step remembers where it came from, so the comparison can show what changed.`
              : `A copy of “${map.name}”, still compared with the current state it came from.`
          }
          initialName={nextFutureStateName(overview.maps)}
          submitLabel="Create future state"
          onCancel={() => setOpen(null)}
          onSubmit={async (name) => {
            const created = await call('map.deriveFutureState', { sourceMapId: mapId, name });
            setOpen(null);
            onOpenMap(created.id);
          }}
        />
      )}
      {open === 'rename' && (
        <MapNameDialog
          title="Rename this map"
          initialName={map.name}
          submitLabel="Rename"
          onCancel={() => setOpen(null)}
          onSubmit={async (name) => {
            await call('map.rename', { mapId, name });
            setOpen(null);
            onChanged();
          }}
        />
      )}
      {open === 'delete' && (
        <ConfirmDialog
          title="Delete this map?"
          message={`“${map.name}” will be deleted with everything on it, and with its votes${map.state === 'future' ? ', future-state answers and actions' : ''}. This cannot be undone (the backups still hold it).`}
          confirmLabel="Delete map"
          onCancel={() => setOpen(null)}
          onConfirm={() => {
            setOpen(null);
            call('map.delete', { mapId }).then(
              () => onOpenMap(others[0]!.id),
              (error: unknown) => setProblem(errorMessage(error)),
            );
          }}
        />
      )}
    </div>
  );
}
