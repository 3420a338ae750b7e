import { useEffect, useMemo, useState } from 'react';
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
import { countOf } from '../../shared/util/count-words';

type ActionPlanScreenProps = { workshopId: string; fromMapId: string; onOpenMap: (mapId: string) => void };

/**
 * The action plan of a workshop: every action of its future states in one sortable table, edited
 * in place, with the kaizen bursts that have no action yet ready to become one.
 */
export function ActionPlanScreen({ workshopId, fromMapId, onOpenMap }: ActionPlanScreenProps) {
  const { loaded, problem: loadProblem } = useFutureMaps(workshopId);
  const state = useActions(workshopId);
  const [sort, setSort] = useState<ActionSort>({ key: 'dueDate', direction: 'ascending' });
  const [deleting, setDeleting] = useState<ActionItem | null>(null);
  const futures = useMemo(() => loaded?.docs ?? [], [loaded]);
  const names = useMemo(() => actionNames(futures), [futures]);
  const today = todayIsoDate();

  useEffect(() => {
    if (loaded) document.title = `${loaded.overview.workshop.title} · Action plan — Value Stream Workshop`;
  }, [loaded]);

  const fromBurst = (doc: MapDocument, burstId: Id) => {
    const fields = actionFromBurst(doc, burstId);
    if (fields) void state.create({ mapId: doc.map.id, ...fields });
  };

  const actions = state.actions ?? [];
  const active = actions.filter((action) => isActive(action.status)).length;
  const initialMapId = futures.some((doc) => doc.map.id === fromMapId) ? fromMapId : (futures[0]?.map.id ?? '');
  return (
    <div className="app-screen action-plan-screen">
      <SubScreenHeader workshopTitle={loaded?.overview.workshop.title ?? ''} screenTitle="Action plan" onBack={() => onOpenMap(fromMapId)}>
        <span className="action-count" role="status">
          {actions.length === 0 ? 'No actions yet' : `${countOf(actions.length, 'action')}, ${active} still to do`}
        </span>
      </SubScreenHeader>
      <ErrorBanner message={state.problem} onDismiss={state.dismissProblem} />
      {loadProblem ? (
        <main className="screen-message" role="alert">
          <p>The action plan could not be opened: {loadProblem}</p>
        </main>
      ) : !loaded || !state.actions ? (
        <main className="screen-message">
          <p className="muted">Opening the action plan…</p>
        </main>
      ) : futures.length === 0 ? (
        <main className="screen-message">
          <p>Actions belong to future-state maps. Derive a future state from the map menu first, then mark what must improve with kaizen bursts.</p>
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
            <p className="muted action-plan-empty">No actions yet: turn a kaizen burst into one, or add one above.</p>
          )}
        </main>
      )}
      {deleting && (
        <ConfirmDialog
          title="Delete this action?"
          message={`“${deleting.what}” will be removed from the action plan.`}
          confirmLabel="Delete action"
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
