import { actualMs, totalActualMs, totalPlannedMinutes } from '../../../shared/facilitation/agenda';
import { VSM_DAY_TEMPLATE } from '../../../shared/facilitation/agenda-template';
import { formatClock, formatMinutes } from '../../../shared/facilitation/format-duration';
import { useNow } from '../timer/use-now';
import { AgendaItemForm } from './AgendaItemForm';
import { AgendaItemRow } from './AgendaItemRow';
import type { AgendaTimer } from './use-agenda-timer';

/** The day's activities: start one (its timer starts), reorder, edit; actual time is recorded as the timer runs. */
export function AgendaPanel({ agendaTimer }: { agendaTimer: AgendaTimer }) {
  const { agenda, timer } = agendaTimer;
  const now = useNow(timer.status === 'running', 1000);
  if (agenda === null) return <p className="muted">Loading the agenda…</p>;

  const currentIndex = agenda.findIndex((item) => item.isCurrent);
  const next = agenda[currentIndex + 1];

  return (
    <div className="agenda-panel">
      {agenda.length === 0 ? (
        <div className="panel-empty">
          <p>Plan the day as timeboxed activities. Start one and its timer starts; the time it really took is recorded.</p>
          <button type="button" className="button button-primary" onClick={() => agendaTimer.addItems(VSM_DAY_TEMPLATE)}>
            Use the VSM workshop day
          </button>
          <p className="muted">
            {VSM_DAY_TEMPLATE.length} activities, {formatMinutes(totalPlannedMinutes(VSM_DAY_TEMPLATE))} — or add your own below.
          </p>
        </div>
      ) : (
        <>
          {next && (
            <button
              type="button"
              className="button button-primary agenda-next"
              onClick={() => agendaTimer.makeCurrent(next.id, true)}
              title="Record the current activity’s time and start the next one’s timer"
            >
              {currentIndex < 0 ? 'Start' : 'Next'}: {next.title} ▶
            </button>
          )}
          <ol className="agenda-list" aria-label="Agenda">
            {agenda.map((item, index) => (
              <AgendaItemRow
                key={item.id}
                item={item}
                index={index}
                count={agenda.length}
                actualMs={actualMs(item, timer, now)}
                onStart={() => agendaTimer.makeCurrent(item.id, true)}
                onMove={(toIndex) => agendaTimer.moveItem(item.id, toIndex)}
                onSave={(details) => agendaTimer.updateItem(item.id, details)}
                onRemove={() => agendaTimer.removeItem(item.id)}
              />
            ))}
          </ol>
          <p className="agenda-totals">
            {formatMinutes(totalPlannedMinutes(agenda))} planned · {formatClock(totalActualMs(agenda, timer, now), 'down')} actual
          </p>
        </>
      )}
      <AgendaItemForm
        initial={{ title: '', plannedMinutes: 15, notes: '' }}
        submitLabel="Add activity"
        onSubmit={(item) => agendaTimer.addItems([item])}
      />
    </div>
  );
}
