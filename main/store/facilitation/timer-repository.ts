import type { Database } from 'better-sqlite3';
import type { AgendaAndTimer } from '../../../shared/api/agenda-contract';
import { applyTimerCommand, IDLE_TIMER, MINUTE_MS, type TimerCommand, type TimerState } from '../../../shared/facilitation/timer';
import type { Clock } from '../clock';
import { InvalidChangeError } from '../store-errors';
import { getWorkshop, touchWorkshop } from '../workshop-repository';
import { addActualSeconds, getAgendaItem, listAgenda, markCurrent } from './agenda-repository';
import { toTimer, type TimerRow } from './facilitation-rows';
import { apiRefusalWords } from '../../../shared/i18n/refusals';

export function getTimer(db: Database, workshopId: string): TimerState {
  const row = db.prepare<[string], TimerRow>('SELECT * FROM timers WHERE workshop_id = ?').get(workshopId);
  return row ? toTimer(row) : IDLE_TIMER;
}

function saveTimer(db: Database, workshopId: string, timer: TimerState): void {
  db.prepare(
    `INSERT INTO timers (workshop_id, duration_ms, status, running_since_ms, elapsed_before_ms, agenda_item_id)
     VALUES (@workshopId, @durationMs, @status, @runningSinceMs, @elapsedBeforeMs, @agendaItemId)
     ON CONFLICT (workshop_id) DO UPDATE SET duration_ms = excluded.duration_ms, status = excluded.status,
       running_since_ms = excluded.running_since_ms, elapsed_before_ms = excluded.elapsed_before_ms,
       agenda_item_id = excluded.agenda_item_id`,
  ).run({ workshopId, ...timer });
}

/** Applies a command at the store's clock, recording a finished running stretch on its activity. */
function applyCommand(db: Database, workshopId: string, command: TimerCommand, clock: Clock): void {
  const { timer, recorded } = applyTimerCommand(getTimer(db, workshopId), command, clock().getTime());
  saveTimer(db, workshopId, timer);
  if (recorded) addActualSeconds(db, recorded.agendaItemId, Math.round(recorded.ms / 1000));
}

export function runTimerCommand(db: Database, workshopId: string, command: TimerCommand, clock: Clock): AgendaAndTimer {
  getWorkshop(db, workshopId);
  if (command.type === 'set' && command.agendaItemId !== null) {
    const item = getAgendaItem(db, command.agendaItemId);
    if (item.workshopId !== workshopId) throw new InvalidChangeError(apiRefusalWords()('facilitation.activityOfOtherWorkshop'));
  }
  db.transaction(() => {
    applyCommand(db, workshopId, command, clock);
    touchWorkshop(db, workshopId, clock);
  }).immediate();
  return { agenda: listAgenda(db, workshopId), timer: getTimer(db, workshopId) };
}

/**
 * Makes an activity the current one and loads its timebox into the timer (started or not); the
 * time the timer ran for the previous activity is recorded on it first. With null, no activity is
 * current and the timer is left as it is.
 */
export function makeCurrent(db: Database, workshopId: string, itemId: string | null, start: boolean, clock: Clock): AgendaAndTimer {
  getWorkshop(db, workshopId);
  const item = itemId === null ? null : getAgendaItem(db, itemId);
  if (item && item.workshopId !== workshopId) throw new InvalidChangeError(apiRefusalWords()('facilitation.activityOfOtherWorkshop'));
  db.transaction(() => {
    markCurrent(db, workshopId, itemId);
    if (item) {
      applyCommand(db, workshopId, { type: 'set', durationMs: item.plannedMinutes * MINUTE_MS, agendaItemId: item.id, start }, clock);
    }
    touchWorkshop(db, workshopId, clock);
  }).immediate();
  return { agenda: listAgenda(db, workshopId), timer: getTimer(db, workshopId) };
}
