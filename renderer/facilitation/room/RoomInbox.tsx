import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isInInbox, noteColorOfIdea, type RoomIdea } from '../../../shared/room/room-idea';
import type { IdeaMode } from '../../../shared/room/room-idea';
import { NOTE_FILL } from '../../canvas/shapes/shape-style';
import type { RoomIdeas } from './use-room-ideas';

/** What an idea dragged from the inbox carries, for the map's drop target. */
export const IDEA_DRAG_TYPE = 'application/x-vsw-room-idea';

type RoomInboxProps = { roomIdeas: RoomIdeas; ideaMode: IdeaMode | null };

/**
 * Ideas sent from phones, waiting for the facilitator: onto the map (a button, or dragged to the
 * spot), to the parking lot, merged with duplicates or set aside. Set-aside and merged ideas stay
 * one click from coming back. During silent brainstorming the room sees none until they are shown.
 */
export function RoomInbox({ roomIdeas, ideaMode }: RoomInboxProps) {
  const { t } = useTranslation('room');
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

  if (roomIdeas.ideas === null) return <p className="muted">{t('inbox.loading')}</p>;
  return (
    <div className="room-inbox">
      {(hidden > 0 || ideaMode === 'silent') && (
        <div className="room-silent" role="group" aria-label={t('inbox.silentLabel')}>
          <p className="muted">{hidden > 0 ? t('inbox.hidden', { count: hidden }) : t('inbox.silent')}</p>
          {hidden > 0 ? (
            <button type="button" className="button button-primary" onClick={() => roomIdeas.show(true)}>
              {t('inbox.show')}
            </button>
          ) : (
            all.length > 0 && (
              <button type="button" className="button" onClick={() => roomIdeas.show(false)}>
                {t('inbox.hideAgain')}
              </button>
            )
          )}
        </div>
      )}
      {inbox.length === 0 ? (
        <p className="muted">{t('inbox.empty')}</p>
      ) : (
        <>
          <p className="muted room-inbox-hint">{t('inbox.dragHint')}</p>
          {chosen.length > 1 && (
            <button type="button" className="button room-merge" onClick={merge}>
              {t('inbox.merge', { count: chosen.length })}
            </button>
          )}
          <ul className="room-ideas" aria-label={t('inbox.newIdeas')}>
            {inbox.map((idea) => (
              <InboxIdea key={idea.id} idea={idea} roomIdeas={roomIdeas} selected={selected.has(idea.id)} onToggle={() => toggle(idea.id)} />
            ))}
          </ul>
        </>
      )}
      {settled.length > 0 && (
        <details className="room-settled">
          <summary>{t('inbox.settled', { count: settled.length })}</summary>
          <ul className="room-ideas">
            {settled.map((idea) => (
              <li key={idea.id} className="room-idea-card room-idea-settled">
                <p className="room-idea-text">{idea.text}</p>
                <button type="button" className="button button-small" onClick={() => roomIdeas.restore(idea.id)}>
                  {t('inbox.backToInbox')}
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
  const { t } = useTranslation('room');
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
        <input type="checkbox" checked={selected} onChange={onToggle} aria-label={t('inbox.choose', { text: short })} />
        <span className="room-idea-meta">
          {idea.kind ? t('kindPrefix', { kind: t(`kinds.${idea.kind}`) }) : ''}
          {idea.author}
          {idea.hidden ? t('inbox.hiddenSuffix') : ''}
        </span>
      </label>
      <p className="room-idea-text">{idea.text}</p>
      <div className="room-idea-actions">
        <button type="button" className="button button-small" onClick={() => roomIdeas.place(idea.id)} title={t('inbox.onMapTitle')}>
          {t('inbox.onMap')}
        </button>
        <button type="button" className="button button-small" onClick={() => roomIdeas.park(idea.id)}>
          {t('inbox.park')}
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('inbox.setAside', { text: short })}
          title={t('inbox.setAsideTitle')}
          onClick={() => roomIdeas.dismiss(idea.id)}
        >
          ✕
        </button>
      </div>
    </li>
  );
}
