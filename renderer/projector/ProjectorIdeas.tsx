import { useTranslation } from 'react-i18next';
import { noteColorOfIdea, type RoomIdea } from '../../shared/room/room-idea';
import { NOTE_FILL } from '../canvas/shapes/shape-style';

/** How many of the newest ideas fit the column at a size the back of the room can read. */
const IDEAS_SHOWN = 8;

/** Ideas from phones not yet on the map, beside it; during silent brainstorming only how many have come in. */
export function ProjectorIdeas({ shown, hidden }: { shown: readonly RoomIdea[]; hidden: number }) {
  const { t } = useTranslation('room');
  return (
    <aside className="projector-results projector-ideas" aria-label={t('projector.ideas')}>
      <h2 className="projector-results-title">{t('tabs.fromRoom')}</h2>
      {hidden > 0 && (
        <p className="projector-ideas-hidden" data-testid="projector-hidden-ideas">
          {t('projector.hiddenIdeas', { count: hidden })}
        </p>
      )}
      <ul className="projector-ideas-list">
        {shown.slice(0, IDEAS_SHOWN).map((idea) => (
          <li key={idea.id} className="projector-idea" style={{ background: NOTE_FILL[noteColorOfIdea(idea.kind)] }}>
            {idea.text}
          </li>
        ))}
      </ul>
      {shown.length > IDEAS_SHOWN && <p className="projector-ideas-more">{t('projector.more', { count: shown.length - IDEAS_SHOWN })}</p>}
    </aside>
  );
}
