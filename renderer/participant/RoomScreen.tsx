import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapDocument } from '../../shared/model/vsm-map';
import type { ParticipantView } from '../../shared/room/participant-view';
import { exhaustiveSwitchError } from '../../shared/util/exhaustive';
import { notYetStored, voteWithPending, type PendingWrite } from './connection/pending-writes';
import type { RoomConnection, RoomConnectionState } from './connection/room-connection';
import { IdeasScreen, type PendingIdea } from './ideas/IdeasScreen';
import { NowScreen } from './now/NowScreen';
import { RoomBar } from './now/RoomBar';
import { VoteScreen } from './vote/VoteScreen';

type Tab = 'now' | 'ideas' | 'vote' | 'map';

// The map brings the canvas's drawing code, most of the page's weight: it loads when first opened, so joining is quick.
const MapTab = lazy(() => import('./map/MapTab').then((module) => ({ default: module.MapTab })));

/** What the room asks of people right now decides the first tab: a vote beats ideas, ideas beat the agenda. */
function suggestedTab(view: ParticipantView): Tab {
  if (view.vote?.status === 'open' || view.vote?.ranking) return 'vote';
  if (view.ideas.mode !== 'off') return 'ideas';
  return 'now';
}

function pendingIdeas(pending: readonly PendingWrite[]): PendingIdea[] {
  return pending.flatMap((write) =>
    write.channel === 'addIdea' ? [{ writeId: write.input.writeId, text: write.input.text, kind: write.input.kind ?? null }] : [],
  );
}

/** The room for a person who has joined: the bar with the timer, one screen at a time, tabs at the thumb. */
export function RoomScreen({ state, connection }: { state: RoomConnectionState & { view: ParticipantView }; connection: RoomConnection }) {
  const { t } = useTranslation('room');
  const { view } = state;
  const suggested = suggestedTab(view);
  const [chosen, setChosen] = useState<{ tab: Tab; when: Tab } | null>(null);
  // A choice holds until the room moves on (a vote opens, ideas start): then the new activity comes forward.
  const tab = chosen && chosen.when === suggested ? chosen.tab : suggested;
  const mapId = tab === 'vote' ? (view.vote?.mapId ?? view.mapId) : view.mapId;
  const doc = useRoomMap(connection, tab === 'map' || tab === 'vote' ? mapId : null);
  const tabs: Tab[] = ['now', ...(view.ideas.mode !== 'off' ? (['ideas'] as const) : []), ...(view.vote ? (['vote'] as const) : []), 'map'];

  return (
    <div className="room-page">
      <RoomBar view={view} clockOffsetMs={state.clockOffsetMs} />
      <div className="room-banners">
        {!state.live && (
          <p className="room-status" role="status">
            {t('screen.reconnecting')} {state.pending.length > 0 ? t('screen.kept') : ''}
          </p>
        )}
        {state.notice && (
          <p className="room-status" data-kind="error" role="alert">
            {state.notice}{' '}
            <button type="button" className="room-button room-button-quiet" onClick={connection.dismissNotice}>
              {t('screen.ok')}
            </button>
          </p>
        )}
      </div>
      <main className="room-main">
        <TabContent tab={tab} view={view} state={state} connection={connection} doc={doc} />
      </main>
      <nav className="room-tabs" role="tablist" aria-label={t('screen.screens')}>
        {tabs.map((entry) => (
          <button
            key={entry}
            type="button"
            role="tab"
            className="room-tab"
            aria-selected={entry === tab}
            onClick={() => setChosen({ tab: entry, when: suggested })}
          >
            {t(`screen.tabs.${entry}`)}
          </button>
        ))}
      </nav>
    </div>
  );
}

type TabContentProps = {
  tab: Tab;
  view: ParticipantView;
  state: RoomConnectionState;
  connection: RoomConnection;
  doc: MapDocument | null;
};

function TabContent({ tab, view, state, connection, doc }: TabContentProps) {
  const { t } = useTranslation('room');
  const waitingWrites = notYetStored(state.pending, view.storedWriteIds);
  switch (tab) {
    case 'now':
      return <NowScreen view={view} />;
    case 'ideas':
      return <IdeasScreen mode={view.ideas.mode} mine={view.ideas.mine} pending={pendingIdeas(waitingWrites)} onSend={connection.addIdea} />;
    case 'vote': {
      if (!view.vote) return <NowScreen view={view} />;
      const vote = voteWithPending(view.vote, waitingWrites);
      const waiting = waitingWrites.filter((write) => write.channel === 'castDot' || write.channel === 'retractDot').length;
      return (
        <VoteScreen
          vote={vote}
          nodes={doc?.map.id === vote.mapId ? doc.nodes : []}
          pendingChanges={waiting}
          onCast={(nodeId) => connection.castDot(vote.sessionId, nodeId)}
          onRetract={(nodeId) => connection.retractDot(vote.sessionId, nodeId)}
          onDone={() => connection.setDone(vote.sessionId, true)}
        />
      );
    }
    case 'map':
      return doc ? (
        <Suspense fallback={<p className="room-card">{t('screen.loadingMap')}</p>}>
          <MapTab doc={doc} />
        </Suspense>
      ) : (
        <p className="room-card">{view.mapId ? t('screen.loadingMap') : t('screen.noMap')}</p>
      );
    default:
      return exhaustiveSwitchError(tab, 'room tab');
  }
}

/** The map, loaded when a screen needs it and again whenever the screen comes back to it. */
function useRoomMap(connection: RoomConnection, mapId: string | null): MapDocument | null {
  const [doc, setDoc] = useState<MapDocument | null>(null);
  useEffect(() => {
    if (!mapId) return;
    let current = true;
    void connection.loadMap(mapId).then((loaded) => {
      if (current && loaded) setDoc(loaded);
    });
    return () => {
      current = false;
    };
  }, [connection, mapId]);
  return mapId && doc?.map.id === mapId ? doc : null;
}
