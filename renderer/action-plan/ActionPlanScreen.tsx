import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionFromBurst } from '../../shared/action-plan/action-from-burst';
import { isActive, type ActionItem } from '../../shared/action-plan/action-item';
import type { ActionSort } from '../../shared/action-plan/action-sort';
import type { Id } from '../../shared/model/ids';
import type { MapDocument } from '../../shared/model/vsm-map';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorBanner } from '../components/ErrorBanner';
import { SubScreenHeader } from '../components/SubScreenHeader';
import { todayIsoDate } from '../components/format-dates';
import { actionNames } from './action-names';
import { ActionTable } from './ActionTable';
import { BurstSuggestions } from './BurstSuggestions';
import { NewActionForm } from './NewActionForm';
import { useActions } from './use-actions';
import { useFutureMaps } from './use-future-maps';
import './action-plan.css';

type ActionPlanScreenProps = { workshopId: string; fromMapId: string; onOpenMap: (mapId: string) => void };

/**
 * The action plan of a workshop: every action of its future states in one sortable table, edited
 * in place, with the kaizen bursts that have no action yet ready to become one.
 */
export function ActionPlanScreen({ workshopId, fromMapId, onOpenMap }: ActionPlanScreenProps) {
  const { t } = useTranslation(['actionPlan', 'app']);
  const { loaded, problem: loadProblem } = useFutureMaps(workshopId);
  const state = useActions(workshopId);
  const [sort, setSort] = useState<ActionSort>({ key: 'dueDate', direction: 'ascending' });
  const [deleting, setDeleting] = useState<ActionItem | null>(null);
  const futures = useMemo(() => loaded?.docs ?? [], [loaded]);
  const names = useMemo(() => actionNames(futures), [futures]);
  const today = todayIsoDate();

  useEffect(() => {
    if (loaded) document.title = t('documentTitle', { workshop: loaded.overview.workshop.title, app: t('app:appName') });
  }, [loaded, t]);

  const fromBurst = (doc: MapDocument, burstId: Id) => {
    const fields = actionFromBurst(doc, burstId);
    if (fields) void state.create({ mapId: doc.map.id, ...fields });
  };

  const actions = state.actions ?? [];
  const active = actions.filter((action) => isActive(action.status)).length;
  const initialMapId = futures.some((doc) => doc.map.id === fromMapId) ? fromMapId : (futures[0]?.map.id ?? '');
  return (
    <div className="app-screen action-plan-screen">
      <SubScreenHeader workshopTitle={loaded?.overview.workshop.title ?? ''} screenTitle={t('title')} onBack={() => onOpenMap(fromMapId)}>
        <span className="action-count" role="status">
          {actions.length === 0 ? t('count.none') : t('count.some', { count: actions.length, active })}
        </span>
      </SubScreenHeader>
      <ErrorBanner message={state.problem} onDismiss={state.dismissProblem} />
      {loadProblem ? (
        <main className="screen-message" role="alert">
          <p>{t('notOpened', { problem: loadProblem })}</p>
        </main>
      ) : !loaded || !state.actions ? (
        <main className="screen-message">
          <p className="muted">{t('opening')}</p>
        </main>
      ) : futures.length === 0 ? (
        <main className="screen-message">
          <p>{t('noFutures')}</p>
        </main>
      ) : (
        <main className="action-plan">
          <BurstSuggestions futures={futures} actions={actions} onCreate={fromBurst} />
          <NewActionForm futures={futures} initialMapId={initialMapId} onCreate={async (input) => (await state.create(input)) !== null} />
          {actions.length > 0 ? (
            <ActionTable
              actions={actions}
              names={names}
              sort={sort}
              onSort={setSort}
              today={today}
              onUpdate={(id, patch) => void state.update(id, patch)}
              onDelete={setDeleting}
            />
          ) : (
            <p className="muted action-plan-empty">{t('empty')}</p>
          )}
        </main>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('delete.title')}
          message={t('delete.message', { what: deleting.what })}
          confirmLabel={t('delete.confirm')}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            void state.remove(deleting.id);
            setDeleting(null);
          }}
        />
      )}
    </div>
  );
}
