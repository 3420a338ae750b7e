import { useCallback, useEffect, useState } from 'react';
import type { ApiInput } from '../../shared/api/contract';
import type { ActionFields, ActionItem } from '../../shared/action-plan/action-item';
import { call, errorMessage } from '../api/client';

export type ActionsState = {
  actions: ActionItem[] | null;
  problem: string | null;
  dismissProblem: () => void;
  create: (input: ApiInput<'action.create'>) => Promise<ActionItem | null>;
  update: (id: string, patch: Partial<ActionFields>) => Promise<void>;
  remove: (id: string) => Promise<void>;
};

/** A workshop's actions (or one map's), kept in step with the store after every change. */
export function useActions(workshopId: string, mapId?: string): ActionsState {
  const [actions, setActions] = useState<ActionItem[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    call('action.list', mapId === undefined ? { workshopId } : { workshopId, mapId }).then(
      (list) => !cancelled && setActions(list),
      (error: unknown) => !cancelled && setProblem(errorMessage(error)),
    );
    return () => {
      cancelled = true;
    };
  }, [workshopId, mapId]);

  const fail = useCallback((error: unknown) => setProblem(errorMessage(error)), []);

  const create = useCallback(
    async (input: ApiInput<'action.create'>) => {
      try {
        const created = await call('action.create', input);
        setActions((current) => [...(current ?? []), created]);
        setProblem(null);
        return created;
      } catch (error) {
        fail(error);
        return null;
      }
    },
    [fail],
  );

  const update = useCallback(
    async (id: string, patch: Partial<ActionFields>) => {
      try {
        const updated = await call('action.update', { id, ...patch });
        setActions((current) => (current ?? []).map((action) => (action.id === id ? updated : action)));
        setProblem(null);
      } catch (error) {
        fail(error);
      }
    },
    [fail],
  );

  const remove = useCallback(
    async (id: string) => {
      try {
        await call('action.delete', { id });
        setActions((current) => (current ?? []).filter((action) => action.id !== id));
        setProblem(null);
      } catch (error) {
        fail(error);
      }
    },
    [fail],
  );

  return { actions, problem, dismissProblem: () => setProblem(null), create, update, remove };
}
