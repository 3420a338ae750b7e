import { useTranslation } from 'react-i18next';
import { formatClock } from '../../../shared/facilitation/format-duration';
import type { TimerReading } from '../../../shared/facilitation/timer';
import './timer.css';

type TimerDisplayProps = { reading: TimerReading; size: 'compact' | 'large' | 'huge'; label?: string };

/** The countdown as the room reads it: m:ss left, or +m:ss in red once the timebox is over. */
export function TimerDisplay({ reading, size, label }: TimerDisplayProps) {
  const { t } = useTranslation('facilitation');
  const text = reading.isOvertime ? `+${formatClock(reading.overtimeMs, 'down')}` : formatClock(reading.remainingMs);
  const state = reading.isOvertime ? 'overtime' : reading.status;
  const spoken = reading.isOvertime ? t('timer.spokenOver', { time: text }) : t('timer.spokenLeft', { time: text });
  return (
    <div className={`timer-display timer-display-${size}`} data-timer-state={state}>
      {label && <div className="timer-label">{label}</div>}
      <div className="timer-digits" role="timer" aria-label={spoken} data-testid="timer-digits">
        {text}
      </div>
      {reading.isOvertime && <div className="timer-overtime-note">{t('timer.timesUp')}</div>}
      {reading.status === 'paused' && !reading.isOvertime && <div className="timer-paused-note">{t('timer.paused')}</div>}
    </div>
  );
}
