import { useState } from 'react';
import { isInInbox, noteColorOfIdea, type IdeaKind, type RoomIdea } from '../../../shared/room/room-idea';
import type { IdeaMode } from '../../../shared/room/room-idea';
import { NOTE_FILL } from '../../canvas/shapes/shape-style';
import type { RoomIdeas } from './use-room-ideas';

/** What an idea dragged from the inbox carries, for the map's drop target. */
export const IDEA_DRAG_TYPE = 'application/x-vsw-room-idea';

const KIND_NAMES: Readonly<Record<IdeaKind, string>> = { problem: 'Problem', idea: 'Idea', question: 'Question' };

type RoomInboxProps = { roomIdeas: RoomIdeas; ideaMode: IdeaMode | null };

/**
 * Ideas sent from phones, waiting for the facilitator: onto the map (a button, or dragged to the
 * spot), to the parking lot, merged with duplicates or set aside. Set-aside and merged ideas stay
 * one click from coming back. During silent brainstorming the room sees none until they are shown.
 */
export function RoomInbox({ roomIdeas, ideaMode }: RoomInboxProps) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const all = roomIdeas.ideas ?? [];
  const inbox = all.filter(isInInbox);
  const hidden = all.filter((idea) => idea.hidden).length;
  const settled = all.filter((idea) => idea.state === 'dismissed' || idea.state === 'merged');
  const chosen = inbox.filter((idea) => selected.has(idea.id));
  const toggle = (id: string) => setSelected((now) => (now.has(id) ? new Set([...now].filter((entry) => entry !== id)) : new Set([...now, id])));
  // The oldest of the chosen keeps its place and its words; the newer ones fold into it.
  const merge = () => {
    const [into, ...rest] = [...chosen].reverse();
    if (!into || rest.length === 0) return;
    roomIdeas.merge(
      into.id,
      rest.map((idea) => idea.id),
    );
    setSelected(new Set());
  };

  if (roomIdeas.ideas === null) return <p className="muted">Loading ideas from the room…</p>;
  return (
    <div className="room-inbox">
      {(hidden > 0 || ideaMode === 'silent') && (
        <div className="room-silent" role="group" aria-label="Silent brainstorming">
          <p className="muted">
            {hidden > 0
              ? `${hidden} ${hidden === 1 ? 'idea is' : 'ideas are'} hidden from the projector.`
              : 'Silent brainstorming: new ideas stay hidden.'}
          </p>
          {hidden > 0 ? (
            <button type="button" className="button button-primary" onClick={() => roomIdeas.show(true)}>
              Show the ideas to the room
            </button>
          ) : (
            all.length > 0 && (
              <button type="button" className="button" onClick={() => roomIdeas.show(false)}>
                Hide them again
              </button>
            )
          )}
        </div>
      )}
      {inbox.length === 0 ? (
        <p className="muted">No new ideas. Ideas sent from phones arrive here; drag one onto the map or use its buttons.</p>
      ) : (
        <>
          <p className="muted room-inbox-hint">Drag an idea onto the map to place it there.</p>
          {chosen.length > 1 && (
            <button type="button" className="button room-merge" onClick={merge}>
              Merge {chosen.length} ideas into one
            </button>
          )}
          <ul className="room-ideas" aria-label="New ideas from the room">
            {inbox.map((idea) => (
              <InboxIdea key={idea.id} idea={idea} roomIdeas={roomIdeas} selected={selected.has(idea.id)} onToggle={() => toggle(idea.id)} />
            ))}
          </ul>
        </>
      )}
      {settled.length > 0 && (
        <details className="room-settled">
          <summary>Set aside and merged ({settled.length})</summary>
          <ul className="room-ideas">
            {settled.map((idea) => (
              <li key={idea.id} className="room-idea-card room-idea-settled">
                <p className="room-idea-text">{idea.text}</p>
                <button type="button" className="button button-small" onClick={() => roomIdeas.restore(idea.id)}>
                  Back to the inbox
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function InboxIdea({ idea, roomIdeas, selected, onToggle }: { idea: RoomIdea; roomIdeas: RoomIdeas; selected: boolean; onToggle: () => void }) {
  const short = idea.text.length > 40 ? `${idea.text.slice(0, 40)}…` : idea.text;
  return (
    <li
      className="room-idea-card"
      style={{ background: NOTE_FILL[noteColorOfIdea(idea.kind)] }}
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData(IDEA_DRAG_TYPE, idea.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      data-testid="room-idea"
    >
      <label className="room-idea-pick">
        <input type="checkbox" checked={selected} onChange={onToggle} aria-label={`Choose “${short}” to merge`} />
        <span className="room-idea-meta">
          {idea.kind ? `${KIND_NAMES[idea.kind]} · ` : ''}
          {idea.author}
          {idea.hidden ? ' · hidden' : ''}
        </span>
      </label>
      <p className="room-idea-text">{idea.text}</p>
      <div className="room-idea-actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => roomIdeas.place(idea.id)}
          title="Put it on this map, in the middle of the view"
        >
          On the map
        </button>
        <button type="button" className="button button-small" onClick={() => roomIdeas.park(idea.id)}>
          Park
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Set “${short}” aside`}
          title="Set aside (it can come back)"
          onClick={() => roomIdeas.dismiss(idea.id)}
        >
          ✕
        </button>
      </div>
    </li>
  );
}
