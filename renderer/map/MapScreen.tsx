import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopOverview } from '../../shared/api/workshop-contract';
import { ApiCallError, call, errorMessage } from '../api/client';
import type { MapEditor } from '../editor/map-editor';
import { useEditor } from '../editor-react/use-editor';
import { EventLogImport } from '../event-log/EventLogImport';
import { ExportMenu } from '../export/ExportMenu';
import { ContentLanguage } from '../i18n/ContentLanguage';
import { useLocaleFormat } from '../i18n/I18nProvider';
import { FacilitationLayer } from '../facilitation/FacilitationLayer';
import type { PanelTabSpec } from '../facilitation/FacilitationPanel';
import { ProjectorButton } from '../facilitation/ProjectorButton';
import { useFacilitationTopic } from '../facilitation/use-facilitation-topic';
import { FutureStatePanel } from '../future-state/FutureStatePanel';
import { createActionHost } from '../map-actions/action-host';
import { useActionKeys } from '../map-actions/use-action-keys';
import { useMenuActions } from '../desktop/use-menu-actions';
import { MapMenu } from './MapMenu';
import { LiveFlowPanel } from './LiveFlowPanel';
import { MapSwitcher } from './MapSwitcher';
import { MapWorkspace } from './MapWorkspace';
import { NewMapDialog } from './NewMapDialog';
import { SaveIndicator, SaveProblem } from './SaveIndicator';
import { useMapEditor } from './use-map-editor';

type MapScreenProps = { workshopId: string; mapId: string; onBack: () => void; onOpenMap: (mapId: string) => void };

export function MapScreen({ workshopId, mapId, onBack, onOpenMap }: MapScreenProps) {
  const { loading, saveStatus } = useMapEditor(mapId);
  const [overview, setOverview] = useState<WorkshopOverview | null>(null);
  const { t } = useTranslation(['map', 'app']);
  const appLanguage = useLocaleFormat().language;
  const contentLanguage = overview?.workshop.language ?? appLanguage;
  const [problem, setProblem] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [importingLog, setImportingLog] = useState(false);
  const editor = loading.status === 'ready' ? loading.editor : null;

  const loadOverview = useCallback(() => {
    call('workshop.get', { id: workshopId }).then(
      (loaded) => {
        setOverview(loaded);
        setProblem(null);
      },
      (error: unknown) => {
        // The host away leaves the open map and its header as they were: its greeting when it is back reloads them.
        if (!(error instanceof ApiCallError && error.error.code === 'host-unreachable')) setProblem(errorMessage(error));
      },
    );
  }, [workshopId]);
  useEffect(loadOverview, [loadOverview]);
  // Another window added, renamed or deleted a map, or retitled the workshop: the header and the map tabs follow.
  useFacilitationTopic(workshopId, 'maps', loadOverview);
  // A map that failed (deleted in another window, say) leaves the switcher too.
  useEffect(() => {
    if (loading.status === 'failed') loadOverview();
  }, [loading.status, loadOverview]);

  const mapName = overview?.maps.find((map) => map.id === mapId)?.name ?? '';
  useEffect(() => {
    if (overview) document.title = t('documentTitle', { workshop: overview.workshop.title, map: mapName, app: t('app:appName') });
  }, [overview, mapName, t]);

  // The map's own words come first: they say what became of what was typed on it.
  const failure = (loading.status === 'failed' ? loading.message : null) ?? problem;
  const header = (
    <>
      <header className="app-header">
        <button type="button" className="button button-quiet" onClick={onBack} title={t('backToWorkshopsTitle')}>
          {t('backToWorkshops')}
        </button>
        <div className="header-title">
          <span className="header-workshop">{overview?.workshop.title ?? ''}</span>
        </div>
        {overview && <MapSwitcher maps={overview.maps} currentId={mapId} onOpen={onOpenMap} onNew={() => setCreating(true)} />}
        {overview && (
          <MapMenu
            overview={overview}
            mapId={mapId}
            onChanged={loadOverview}
            onOpenMap={onOpenMap}
            beforeLeave={() => editor?.flush() ?? Promise.resolve()}
          />
        )}
        {overview && editor && (
          <ExportMenu workshopId={workshopId} workshopTitle={overview.workshop.title} doc={() => editor.getState().doc} beforeExport={editor.flush} />
        )}
        <ProjectorButton workshopId={workshopId} />
        <SaveIndicator status={saveStatus} />
      </header>
      <SaveProblem status={saveStatus} />
    </>
  );
  const newMapDialog = (
    <>
      {creating && (
        <NewMapDialog
          onCancel={() => setCreating(false)}
          onFromEventLog={() => {
            setCreating(false);
            setImportingLog(true);
          }}
          onSubmit={async (request) => {
            const map = await call('map.create', { workshopId, ...request, language: contentLanguage });
            setCreating(false);
            onOpenMap(map.id);
          }}
        />
      )}
      {importingLog && (
        <EventLogImport
          workshopId={workshopId}
          onCancel={() => setImportingLog(false)}
          onCreated={(id) => {
            setImportingLog(false);
            onOpenMap(id);
          }}
        />
      )}
    </>
  );

  if (editor && !failure) {
    return (
      <ContentLanguage language={overview?.workshop.language}>
        <OpenMap workshopId={workshopId} mapId={mapId} editor={editor} header={header}>
          {newMapDialog}
        </OpenMap>
      </ContentLanguage>
    );
  }
  return (
    <div className="app-screen">
      {header}
      {failure ? (
        <main className="screen-message" role="alert">
          <p>{t('notOpened', { problem: failure })}</p>
          <button type="button" className="button" onClick={onBack}>
            {t('backToList')}
          </button>
        </main>
      ) : (
        <main className="screen-message">
          <p className="muted">{t('opening')}</p>
        </main>
      )}
      {newMapDialog}
    </div>
  );
}

type OpenMapProps = { workshopId: string; mapId: string; editor: MapEditor; header: ReactNode; children: ReactNode };

/** A loaded map: the facilitation tools around the workspace, with the screen's one keyboard listener. */
function OpenMap({ workshopId, mapId, editor, header, children }: OpenMapProps) {
  const actions = useMemo(() => createActionHost(editor), [editor]);
  useActionKeys(actions);
  useMenuActions(editor, actions);
  const presenting = useEditor(editor, (state) => state.session.mode === 'presenting');
  const isFuture = useEditor(editor, (state) => state.doc.map.state === 'future');
  const { t } = useTranslation(['map', 'app']);
  return (
    <div className={presenting ? 'app-screen presenting' : 'app-screen'}>
      {!presenting && header}
      <FacilitationLayer
        workshopId={workshopId}
        mapId={mapId}
        editor={editor}
        actions={actions}
        extraTabs={[
          ...(isFuture
            ? [
                {
                  id: 'future',
                  label: t('tabs.future'),
                  icon: 'future',
                  opensFirst: true,
                  content: <FutureStatePanel workshopId={workshopId} editor={editor} mapActions={actions} />,
                } satisfies PanelTabSpec,
              ]
            : []),
          { id: 'flow', label: t('tabs.flow'), icon: 'flow', content: <LiveFlowPanel editor={editor} />, readOnlyOk: true },
        ]}
      >
        {(canvasOverlay) => <MapWorkspace editor={editor} actions={actions} canvasOverlay={canvasOverlay} />}
      </FacilitationLayer>
      {children}
    </div>
  );
}
