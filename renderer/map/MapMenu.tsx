import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('map');
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

  const deriveLabel = map.state === 'current' ? t('menu.derive') : t('menu.copyFuture');
  return (
    <div className="map-menu">
      <MenuButton
        label={t('menu.label')}
        title={t('menu.title')}
        groups={[
          [
            {
              label: deriveLabel,
              title: t('menu.deriveTitle'),
              onSelect: () => setOpen('derive'),
            },
            { label: t('menu.rename'), title: t('menu.renameTitle'), onSelect: () => setOpen('rename') },
            {
              label: t('menu.delete'),
              title: others.length === 0 ? t('menu.deleteLastTitle') : t('menu.deleteTitle'),
              onSelect: () => setOpen('delete'),
              disabled: others.length === 0,
              danger: true,
            },
          ],
        ]}
      />
      {pair ? (
        <a className="button" href={formatRoute({ screen: 'compare', workshopId, ...pair })} onClick={leave} title={t('menu.compareTitle')}>
          {t('menu.compare')}
        </a>
      ) : (
        <button type="button" className="button" disabled title={t('menu.compareDisabledTitle')}>
          {t('menu.compare')}
        </button>
      )}
      <a className="button" href={formatRoute({ screen: 'actions', workshopId, mapId })} onClick={leave} title={t('menu.actionPlanTitle')}>
        {t('menu.actionPlan')}
      </a>
      {problem && (
        <span className="header-problem" role="alert">
          {problem}
        </span>
      )}
      {open === 'derive' && (
        <MapNameDialog
          title={map.state === 'current' ? t('derive.title') : t('derive.copyTitle')}
          intro={map.state === 'current' ? t('derive.intro', { name: map.name }) : t('derive.copyIntro', { name: map.name })}
          initialName={nextFutureStateName(overview.maps)}
          submitLabel={t('derive.create')}
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
          title={t('rename.title')}
          initialName={map.name}
          submitLabel={t('rename.submit')}
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
          title={t('delete.title')}
          message={t(map.state === 'future' ? 'delete.futureMessage' : 'delete.message', { name: map.name })}
          confirmLabel={t('delete.confirm')}
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
