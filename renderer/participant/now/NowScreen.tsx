import { useTranslation } from 'react-i18next';
import type { ParticipantView } from '../../../shared/room/participant-view';

/** What is happening and what comes next: the day's agenda with the current activity marked. */
export function NowScreen({ view }: { view: ParticipantView }) {
  const { t } = useTranslation('room');
  return (
    <section className="room-card" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t('screen.tabs.now')}</h2>
      {view.agenda.length === 0 ? (
        <p className="room-hint">{t('now.noAgenda')}</p>
      ) : (
        <ol className="room-list room-agenda">
          {view.agenda.map((item) => (
            <li key={item.id} aria-current={item.isCurrent ? 'step' : undefined}>
              <span>{item.title}</span>
              <span className="room-agenda-minutes">{t('now.minutes', { count: item.plannedMinutes })}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
