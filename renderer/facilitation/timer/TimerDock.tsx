import { useTranslation } from 'react-i18next';
import { useWorkshopLayout } from '../../components/use-workshop-layout';
import { MINUTE_MS, type TimerCommand, type TimerState } from '../../../shared/facilitation/timer';
import { playChime } from './chime';
import { TimerDisplay } from './TimerDisplay';
import { useTimerReading } from './use-timer-reading';
import { actionSpec, keysText, type ActionId } from '../../map-actions/registry';

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
  const { t } = useTranslation('facilitation');
  const reading = useTimerReading(timer, playChime);
  const [size, setSize] = useWorkshopLayout(workshopId, 'timerSize');
  const hasTimebox = timer.durationMs > 0 || timer.status !== 'idle';
  const primary =
    timer.status === 'running'
      ? { label: t('timer.pauseLabel'), text: t('timer.pause') }
      : timer.status === 'paused'
        ? { label: t('timer.resumeLabel'), text: t('timer.resume') }
        : { label: t('timer.startLabel'), text: t('timer.start') };

  const keys = (id: ActionId) => keysText(actionSpec(id).keys?.label ?? '');
  const controls: TimerControl[] = [
    { label: primary.label, text: primary.text, keys: keys('timer-toggle'), command: { type: 'toggle' }, primary: true },
    {
      label: t('timer.removeMinuteLabel'),
      text: t('timer.removeMinute'),
      keys: keys('timer-remove-minute'),
      command: { type: 'adjust', deltaMs: -MINUTE_MS },
    },
    { label: t('timer.addMinuteLabel'), text: t('timer.addMinute'), keys: keys('timer-add-minute'), command: { type: 'adjust', deltaMs: MINUTE_MS } },
    { label: t('timer.resetLabel'), text: t('timer.reset'), keys: keys('timer-reset'), command: { type: 'reset' } },
  ];

  return (
    <section
      className={`timer-dock timer-dock-${size}`}
      aria-label={t('timer.label')}
      data-timer-state={reading.isOvertime ? 'overtime' : timer.status}
    >
      {hasTimebox ? (
        <TimerDisplay reading={reading} size={size} label={timer.agendaItemId ? (activityTitle ?? undefined) : t('timer.adHoc')} />
      ) : (
        <p className="timer-empty">{t('timer.empty')}</p>
      )}
      <div className="timer-controls" role="toolbar" aria-label={t('timer.controls')}>
        {hasTimebox &&
          controls.map((control) => (
            <button
              key={control.label}
              type="button"
              className={`timer-button${control.primary ? ' timer-button-primary' : ''}`}
              aria-label={control.label}
              title={t('timer.withKeys', { label: control.label, keys: control.keys })}
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
              aria-label={t('timer.presetLabel', { minutes })}
              title={t('timer.presetTitle', { minutes })}
              onClick={() => onCommand({ type: 'set', durationMs: minutes * MINUTE_MS, agendaItemId: null, start: true })}
            >
              {minutes}′
            </button>
          ))}
        <button
          type="button"
          className="timer-button timer-button-quiet"
          aria-label={size === 'large' ? t('timer.smallerTitle') : t('timer.largerTitle')}
          title={size === 'large' ? t('timer.smallerTitle') : t('timer.largerTitle')}
          onClick={() => setSize(size === 'large' ? 'compact' : 'large')}
        >
          {size === 'large' ? t('timer.smaller') : t('timer.larger')}
        </button>
      </div>
    </section>
  );
}
