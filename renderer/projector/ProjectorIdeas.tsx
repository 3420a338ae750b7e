import { noteColorOfIdea, type RoomIdea } from '../../shared/room/room-idea';
import { NOTE_FILL } from '../canvas/shapes/shape-style';

/** How many of the newest ideas fit the column at a size the back of the room can read. */
const IDEAS_SHOWN = 8;

/** Ideas from phones not yet on the map, beside it; during silent brainstorming only how many have come in. */
export function ProjectorIdeas({ shown, hidden }: { shown: readonly RoomIdea[]; hidden: number }) {
  return (
    <aside className="projector-results projector-ideas" aria-label="Ideas from the room">
      <h2 className="projector-results-title">From the room</h2>
      {hidden > 0 && (
        <p className="projector-ideas-hidden" data-testid="projector-hidden-ideas">
          {hidden} {hidden === 1 ? 'idea' : 'ideas'} in, hidden until the facilitator shows them
        </p>
      )}
      <ul className="projector-ideas-list">
        {shown.slice(0, IDEAS_SHOWN).map((idea) => (
          <li key={idea.id} className="projector-idea" style={{ background: NOTE_FILL[noteColorOfIdea(idea.kind)] }}>
            {idea.text}
          </li>
        ))}
      </ul>
      {shown.length > IDEAS_SHOWN && <p className="projector-ideas-more">and {shown.length - IDEAS_SHOWN} more</p>}
    </aside>
  );
}
