import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { uiText } from '../ui-text/ui-text';
import type { WorkshopOverview, WorkshopSummary } from '../../shared/api/workshop-contract';
import type { WorkshopDetails } from '../../shared/model/workshop';
import { call, errorMessage } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useDesktopCommands } from '../desktop/use-desktop-commands';
import { ErrorBanner } from '../components/ErrorBanner';
import { ExportStatus } from '../export/ExportStatus';
import { importWorkshop } from '../export/import-workshop';
import { describeSave, useExportTask } from '../export/use-export-task';
import { exportWorkshopFile } from '../export/workshop-exports';
import { WorkshopCard } from './WorkshopCard';
import { todayIsoDate } from '../components/format-dates';
import { WorkshopFormDialog } from './WorkshopFormDialog';
import { useWorkshopList } from './use-workshop-list';
import { useLocaleFormat } from '../i18n/I18nProvider';

type ListDialog = { kind: 'none' } | { kind: 'create' } | { kind: 'edit'; workshop: WorkshopSummary } | { kind: 'delete'; workshop: WorkshopSummary };

type WorkshopListScreenProps = { onOpenMap: (workshopId: string, mapId: string) => void; headerActions?: ReactNode };

function firstMapId(overview: WorkshopOverview): string {
  const map = overview.maps.find((candidate) => candidate.state === 'current') ?? overview.maps[0];
  if (!map) throw new Error(uiText('workshops:list.noMap'));
  return map.id;
}

export function WorkshopListScreen({ onOpenMap, headerActions }: WorkshopListScreenProps) {
  const uiLanguage = useLocaleFormat().language;
  const [dialog, setDialog] = useState<ListDialog>({ kind: 'none' });
  const [error, setError] = useState<string | null>(null);
  const { workshops, refresh } = useWorkshopList(useCallback((loadError: unknown) => setError(errorMessage(loadError)), []));
  const files = useExportTask();
  const { t } = useTranslation(['workshops', 'common', 'app']);
  useDesktopCommands((command) => {
    if (command.type !== 'new-workshop') return 'not-mine';
    setDialog({ kind: 'create' });
    return 'done';
  });

  useEffect(() => {
    document.title = t('app:appName');
  }, [t]);

  async function run(action: () => Promise<unknown>) {
    try {
      await action();
    } catch (actionError) {
      setError(errorMessage(actionError));
    }
    await refresh();
  }

  async function create(details: WorkshopDetails, participantNames: string[]) {
    const overview = await call('workshop.create', details);
    if (participantNames.length > 0)
      await call('participant.add', { workshopId: overview.workshop.id, people: participantNames.map((name) => ({ name })) });
    setDialog({ kind: 'none' });
    onOpenMap(overview.workshop.id, firstMapId(overview));
  }

  async function open(workshop: WorkshopSummary) {
    try {
      const overview = await call('workshop.get', { id: workshop.id });
      onOpenMap(workshop.id, firstMapId(overview));
    } catch (openError) {
      setError(errorMessage(openError));
    }
  }

  function importFile() {
    void files.run(t('list.importing'), async () => {
      const imported = await importWorkshop();
      await refresh();
      if (!imported) return null;
      const { workshop } = imported.overview;
      return { message: imported.message, open: async () => onOpenMap(workshop.id, firstMapId(imported.overview)) };
    });
  }

  return (
    <div className="app-screen">
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span>{t('app:appName')}</span>
        </div>
        <div className="header-actions">{headerActions}</div>
      </header>
      <ErrorBanner message={error} onDismiss={() => setError(null)} />
      <ExportStatus task={files.task} onDismiss={files.dismiss} />
      <main className="workshop-list-page">
        <div className="page-heading">
          <h1>{t('list.heading')}</h1>
          <div className="page-heading-actions">
            <button type="button" className="button" onClick={importFile} disabled={files.busy} title={t('list.importTitle')}>
              {t('list.import')}
            </button>
            <button type="button" className="button button-primary" onClick={() => setDialog({ kind: 'create' })}>
              {t('list.new')}
            </button>
          </div>
        </div>
        {workshops === null ? (
          <p className="muted">{t('list.loading')}</p>
        ) : workshops.length === 0 ? (
          <section className="empty-state">
            <h2>{t('list.emptyHeading')}</h2>
            <p>{t('list.emptyText')}</p>
            <button type="button" className="button button-primary button-large" onClick={() => setDialog({ kind: 'create' })}>
              {t('list.new')}
            </button>
          </section>
        ) : (
          <ul className="workshop-grid" aria-label={t('list.heading')}>
            {workshops.map((workshop) => (
              <WorkshopCard
                key={workshop.id}
                workshop={workshop}
                onOpen={() => void open(workshop)}
                onEdit={() => setDialog({ kind: 'edit', workshop })}
                onDuplicate={() => void run(() => call('workshop.duplicate', { id: workshop.id }))}
                onExport={() => void files.run(t('list.saving'), async () => describeSave(await exportWorkshopFile(workshop.id, workshop.title)))}
                onDelete={() => setDialog({ kind: 'delete', workshop })}
              />
            ))}
          </ul>
        )}
      </main>
      {dialog.kind === 'create' && (
        <WorkshopFormDialog
          title={t('form.newTitle')}
          submitLabel={t('form.create')}
          initial={{ title: '', date: todayIsoDate(), facilitator: '', language: uiLanguage }}
          asksForParticipants
          onSubmit={create}
          onCancel={() => setDialog({ kind: 'none' })}
        />
      )}
      {dialog.kind === 'edit' && (
        <WorkshopFormDialog
          title={t('form.renameTitle')}
          submitLabel={t('common:save')}
          initial={{
            title: dialog.workshop.title,
            date: dialog.workshop.date,
            facilitator: dialog.workshop.facilitator,
            language: dialog.workshop.language,
          }}
          onSubmit={async (details) => {
            await call('workshop.update', { id: dialog.workshop.id, ...details });
            setDialog({ kind: 'none' });
            await refresh();
          }}
          onCancel={() => setDialog({ kind: 'none' })}
        />
      )}
      {dialog.kind === 'delete' && (
        <ConfirmDialog
          title={t('delete.title')}
          message={t('delete.message', { title: dialog.workshop.title })}
          confirmLabel={t('delete.confirm')}
          onCancel={() => setDialog({ kind: 'none' })}
          onConfirm={() => {
            const { id } = dialog.workshop;
            setDialog({ kind: 'none' });
            void run(() => call('workshop.delete', { id }));
          }}
        />
      )}
    </div>
  );
}
