import { useCallback, useEffect, useState } from 'react';
import type { AgendaAndTimer } from '../../../shared/api/agenda-contract';
import type { AgendaItem, AgendaItemDetails } from '../../../shared/facilitation/agenda';
import { IDLE_TIMER, type TimerCommand, type TimerState } from '../../../shared/facilitation/timer';
import { call } from '../../api/client';
import { useFacilitationTopic } from '../use-facilitation-topic';
import { useLatestCall } from '../use-latest-call';

export type AgendaTimer = {
  agenda: AgendaItem[] | null;
  timer: TimerState;
  runTimer: (command: TimerCommand) => void;
  makeCurrent: (itemId: string | null, startTimer: boolean) => void;
  addItems: (items: readonly AgendaItemDetails[]) => void;
  updateItem: (id: string, patch: Partial<AgendaItemDetails> & { actualSeconds?: number }) => void;
  moveItem: (id: string, toIndex: number) => void;
  removeItem: (id: string) => void;
};

/** The workshop's agenda and its timer, kept together because stopping the timer adds to an activity's actual time. */
export function useAgendaTimer(workshopId: string, report: (error: unknown) => void): AgendaTimer {
  const [agenda, setAgenda] = useState<AgendaItem[] | null>(null);
  const [timer, setTimer] = useState<TimerState>(IDLE_TIMER);
  const latest = useLatestCall();

  useEffect(() => {
    let cancelled = false;
    Promise.all([call('agenda.list', { workshopId }), call('timer.get', { workshopId })]).then(([items, state]) => {
      if (cancelled) return;
      setAgenda(items);
      setTimer(state);
    }, report);
    return () => {
      cancelled = true;
    };
  }, [workshopId, report]);

  const applyBoth = useCallback(
    (request: Promise<AgendaAndTimer>) =>
      latest(
        request,
        (value) => {
          setAgenda(value.agenda);
          setTimer(value.timer);
        },
        report,
      ),
    [latest, report],
  );
  const applyAgenda = useCallback((request: Promise<AgendaItem[]>) => request.then(setAgenda, report), [report]);

  // Another window ran the timer or changed the agenda: this one shows the same clock and list.
  useFacilitationTopic(workshopId, 'agenda', () =>
    applyBoth(
      Promise.all([call('agenda.list', { workshopId }), call('timer.get', { workshopId })]).then(([items, state]) => ({
        agenda: items,
        timer: state,
      })),
    ),
  );

  return {
    agenda,
    timer,
    runTimer: useCallback((command) => applyBoth(call('timer.command', { workshopId, command })), [applyBoth, workshopId]),
    makeCurrent: useCallback(
      (itemId, startTimer) => applyBoth(call('agenda.makeCurrent', { workshopId, itemId, startTimer })),
      [applyBoth, workshopId],
    ),
    addItems: useCallback((items) => void applyAgenda(call('agenda.add', { workshopId, items: [...items] })), [applyAgenda, workshopId]),
    updateItem: useCallback((id, patch) => void applyAgenda(call('agenda.update', { id, ...patch })), [applyAgenda]),
    moveItem: useCallback((id, toIndex) => void applyAgenda(call('agenda.move', { id, toIndex })), [applyAgenda]),
    removeItem: useCallback((id) => void applyAgenda(call('agenda.remove', { id })), [applyAgenda]),
  };
}
