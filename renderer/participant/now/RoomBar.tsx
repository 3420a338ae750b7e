import { useTranslation } from 'react-i18next';
import { readTimer, type TimerState } from '../../../shared/facilitation/timer';
import type { ParticipantView } from '../../../shared/room/participant-view';
import { TimerDisplay } from '../../facilitation/timer/TimerDisplay';
import { useNow } from '../../facilitation/timer/use-now';

/**
 * The strip at the top of every screen: the workshop, the current activity, the timer and who this
 * phone is. The timer is read from the laptop's state against the laptop's clock (`clockOffsetMs`:
 * how far the laptop's clock is ahead of this phone's), so it shows what the projector shows even
 * when the phone's clock is wrong.
 */
export function RoomBar({ view, clockOffsetMs }: { view: ParticipantView; clockOffsetMs: number }) {
  const { t } = useTranslation('room');
  return (
    <header className="room-bar">
      <div className="room-bar-titles">
        <span className="room-bar-workshop">{view.workshopTitle}</span>
        <span className="room-bar-activity">{view.activity?.title ?? t('bar.workshop')}</span>
      </div>
      <RoomTimer timer={view.timer} clockOffsetMs={clockOffsetMs} />
      {view.me && (
        <span className="room-me" style={{ background: view.me.color }} title={view.me.name} aria-label={t('bar.you', { name: view.me.name })}>
          {view.me.initials}
        </span>
      )}
    </header>
  );
}

function RoomTimer({ timer, clockOffsetMs }: { timer: TimerState; clockOffsetMs: number }) {
  const now = useNow(timer.status === 'running');
  if (timer.status === 'idle' && timer.durationMs === 0) return null;
  return <TimerDisplay reading={readTimer(timer, now + clockOffsetMs)} size="compact" />;
}
