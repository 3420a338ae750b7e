import { useWorkshopLayout } from '../../components/use-workshop-layout';
import { MINUTE_MS, type TimerCommand, type TimerState } from '../../../shared/facilitation/timer';
import { playChime } from './chime';
import { TimerDisplay } from './TimerDisplay';
import { useTimerReading } from './use-timer-reading';
import { actionSpec, type ActionId } from '../../map-actions/registry';

type TimerDockProps = {
  workshopId: string;
  timer: TimerState;
  activityTitle: string | null;
  onCommand: (command: TimerCommand) => void;
};

const PRESET_MINUTES = [5, 10, 15, 30];

type TimerControl = { label: string; text: string; keys: string; command: TimerCommand; primary?: boolean };

/**
 * The countdown with its controls, in a strip of its own above the map: it never covers the
 * wall (the customer sits top right in every value stream map), and zoom to fit sees only the
 * wall that is left. It chimes when the timebox runs out and turns red, counting the overtime.
 * Its size is remembered per workshop.
 */
export function TimerDock({ workshopId, timer, activityTitle, onCommand }: TimerDockProps) {
  const reading = useTimerReading(timer, playChime);
  const [size, setSize] = useWorkshopLayout(workshopId, 'timerSize');
  const hasTimebox = timer.durationMs > 0 || timer.status !== 'idle';
  const primary =
    timer.status === 'running'
      ? { label: 'Pause timer', text: 'Pause' }
      : timer.status === 'paused'
        ? { label: 'Resume timer', text: '▶ Resume' }
        : { label: 'Start timer', text: '▶ Start' };

  const keys = (id: ActionId) => actionSpec(id).keys?.label ?? '';
  const controls: TimerControl[] = [
    { label: primary.label, text: primary.text, keys: keys('timer-toggle'), command: { type: 'toggle' }, primary: true },
    { label: 'Remove a minute', text: '−1 min', keys: keys('timer-remove-minute'), command: { type: 'adjust', deltaMs: -MINUTE_MS } },
    { label: 'Add a minute', text: '+1 min', keys: keys('timer-add-minute'), command: { type: 'adjust', deltaMs: MINUTE_MS } },
    { label: 'Reset timer', text: '↺ Reset', keys: keys('timer-reset'), command: { type: 'reset' } },
  ];

  return (
    <section className={`timer-dock timer-dock-${size}`} aria-label="Timer" data-timer-state={reading.isOvertime ? 'overtime' : timer.status}>
      {hasTimebox ? (
        <TimerDisplay reading={reading} size={size} label={timer.agendaItemId ? (activityTitle ?? undefined) : 'Ad hoc timer'} />
      ) : (
        <p className="timer-empty">Set a timer, or start an agenda activity.</p>
      )}
      <div className="timer-controls" role="toolbar" aria-label="Timer controls">
        {hasTimebox &&
          controls.map((control) => (
            <button
              key={control.label}
              type="button"
              className={`timer-button${control.primary ? ' timer-button-primary' : ''}`}
              aria-label={control.label}
              title={`${control.label} (${control.keys})`}
              onClick={() => onCommand(control.command)}
            >
              {control.text}
            </button>
          ))}
        {(!hasTimebox || (timer.status === 'idle' && timer.agendaItemId === null)) &&
          PRESET_MINUTES.map((minutes) => (
            <button
              key={minutes}
              type="button"
              className="timer-button"
              aria-label={`Start a ${minutes}-minute timer`}
              title={`Start an ad hoc ${minutes}-minute timer`}
              onClick={() => onCommand({ type: 'set', durationMs: minutes * MINUTE_MS, agendaItemId: null, start: true })}
            >
              {minutes}′
            </button>
          ))}
        <button
          type="button"
          className="timer-button timer-button-quiet"
          aria-label={size === 'large' ? 'Make the timer smaller' : 'Make the timer larger'}
          title={size === 'large' ? 'Make the timer smaller' : 'Make the timer larger'}
          onClick={() => setSize(size === 'large' ? 'compact' : 'large')}
        >
          {size === 'large' ? 'Smaller' : 'Larger'}
        </button>
      </div>
    </section>
  );
}
