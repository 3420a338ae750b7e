import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isParkable } from '../../shared/facilitation/parking-lot';
import { countsWallDots, isVotableKind } from '../../shared/facilitation/voting';
import { dotLimits, dotsLeft, type VotingContext } from '../../shared/facilitation/voting-rules';
import { showsRunningTotals, visibleVotes } from '../../shared/facilitation/voting-visibility';
import { ApiCallError, errorMessage, getFeed } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import type { MapEditor } from '../editor/map-editor';
import { useEditor } from '../editor-react/use-editor';
import type { ActionHost } from '../map-actions/action-host';
import { AgendaPanel } from './agenda/AgendaPanel';
import { useAgendaTimer } from './agenda/use-agenda-timer';
import { FacilitationPanel, type PanelTabSpec } from './FacilitationPanel';
import { NodeTargets } from './overlay/NodeTargets';
import { ViewCentreProbe, type ViewCentre } from './overlay/ViewCentreProbe';
import { ParkingLotPanel } from './parking-lot/ParkingLotPanel';
import { useParkingLot } from './parking-lot/use-parking-lot';
import { useRoomTools } from './room/use-room-tools';
import { TimerDock } from './timer/TimerDock';
import { HandOverScreen } from './voting/HandOverScreen';
import { TurnBanner } from './voting/TurnBanner';
import { useVoting } from './voting/use-voting';
import { useVotingRound } from './voting/use-voting-round';
import { dotsByItem } from './voting/vote-layout';
import { VoteMarks } from './voting/VoteMarks';
import { VotingPanel } from './voting/VotingPanel';
import './facilitation.css';

type FacilitationLayerProps = {
  workshopId: string;
  mapId: string;
  editor: MapEditor;
  /** Lent the timer and the end of a pick, which the map screen's keys reach through the action registry. */
  actions: ActionHost;
  /** Tools a screen adds to the side panel after agenda, vote and parking lot; one may ask to open first. */
  extraTabs?: readonly PanelTabSpec[];
  /** Renders the map workspace with what the facilitation tools draw on its canvas. */
  children: (canvasOverlay: ReactNode) => ReactNode;
};

const VOTE_TARGET_COLOR = '#1f6feb';
const PARK_TARGET_COLOR = '#8250df';

/**
 * The facilitation tools around an open map: the timer above the canvas, the side panel (agenda,
 * vote, parking lot), the voting turn and hand-over screens, and what they draw on the canvas.
 * While someone votes in private on this laptop (a pass-the-laptop turn and its hand-over) the
 * map is locked: the editor is in its voting-turn mode, where only dots can be placed, until the
 * turn ends or the facilitator pauses or finishes the round.
 */
export function FacilitationLayer({ workshopId, mapId, editor, actions, extraTabs = [], children }: FacilitationLayerProps) {
  const { t } = useTranslation('facilitation');
  const doc = useEditor(editor, (state) => state.doc);
  const [problem, setProblem] = useState<{ message: string; unreachable: boolean } | null>(null);
  const report = useCallback(
    (error: unknown) =>
      setProblem({ message: errorMessage(error), unreachable: error instanceof ApiCallError && error.error.code === 'host-unreachable' }),
    [],
  );
  // "The app cannot be reached" is untrue once the feed greets again: the panels reload then too.
  useEffect(
    () =>
      getFeed()?.subscribe((event) => {
        if (event.type === 'hello') setProblem((shown) => (shown?.unreachable ? null : shown));
      }),
    [],
  );
  const [tab, setTab] = useState(() => extraTabs.find((extra) => extra.opensFirst)?.id ?? 'agenda');
  const [picking, setPicking] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const viewCentre = useRef<ViewCentre | null>(null);

  const agendaTimer = useAgendaTimer(workshopId, report);
  const voting = useVoting(workshopId, mapId, report);
  const participants = voting.participants ?? [];
  const session = voting.detail?.session.mapId === mapId ? voting.detail.session : null;
  const round = useVotingRound(session?.id ?? null, participants);
  const { stop: stopRound } = round;
  const sessionOpen = session?.status === 'open';
  // Another window closed or revealed the vote mid-turn: the turn and the hand-over end with it, and the panel comes back.
  useEffect(() => {
    if (!sessionOpen) stopRound();
  }, [sessionOpen, stopRound]);
  const parkingLot = useParkingLot({ workshopId, mapId, editor, viewCentre: () => viewCentre.current?.() ?? null, report });
  const roomTools = useRoomTools({
    workshopId,
    mapId,
    editor,
    viewCentre: () => viewCentre.current?.() ?? null,
    onParked: parkingLot.replace,
    report,
  });

  useEffect(() => actions.provide({ runTimer: agendaTimer.runTimer }), [actions, agendaTimer.runTimer]);
  useEffect(() => setRefusal(null), [round.voterId]);
  useEffect(() => {
    if (!picking) return;
    return actions.provide({
      stopPicking: () => {
        setPicking(false);
        return true;
      },
    });
  }, [actions, picking]);

  const votes = voting.detail?.votes ?? [];
  const context: VotingContext | null = session ? { session, participants, votes } : null;
  const votable = session ? doc.nodes.filter((node) => isVotableKind(session, node.kind)) : [];
  const voter = participants.find((participant) => participant.id === round.voterId) ?? null;
  const wallEntry = session !== null && countsWallDots(session);
  const clickToVote = session?.status === 'open' && (wallEntry || voter !== null) && !picking;

  const vote = (nodeId: string, taking: boolean) => {
    const ballot = { participantId: wallEntry ? null : round.voterId, nodeId };
    void (taking ? voting.retract(ballot) : voting.cast(ballot)).then(setRefusal);
  };

  const shown = voting.presentation;
  const revealedHere = session?.status === 'revealed' && shown.resultsSessionId === session.id && shown.view !== 'map';
  const overlay = (
    <>
      <ViewCentreProbe probe={viewCentre} />
      {roomTools.overlay}
      {session && session.status !== 'revealed' && (
        <VoteMarks
          nodes={doc.nodes}
          dots={dotsByItem(visibleVotes(session, votes, round.voterId), participants)}
          view="dots"
          showTotals={showsRunningTotals(session)}
        />
      )}
      {revealedHere && (
        <VoteMarks nodes={doc.nodes} dots={dotsByItem(votes, participants)} view={shown.view === 'heat' ? 'heat' : 'dots'} showTotals />
      )}
      {clickToVote && <NodeTargets nodes={votable} onPick={vote} color={VOTE_TARGET_COLOR} />}
      {picking && (
        <NodeTargets
          nodes={doc.nodes.filter((node) => isParkable(node.kind))}
          onPick={(nodeId) => {
            setPicking(false);
            parkingLot.park(nodeId);
          }}
          color={PARK_TARGET_COLOR}
        />
      )}
    </>
  );

  const current = agendaTimer.agenda?.find((item) => item.isCurrent) ?? null;
  const turnOfPassTheLaptop = session?.mode === 'pass-the-laptop' && voter !== null;
  useVotingLock(editor, (turnOfPassTheLaptop && session?.status === 'open') || (round.handingOver && session !== null));
  return (
    <div className="facilitation-layer">
      <div className="facilitation-stage" {...roomTools.dropTarget}>
        <ErrorBanner message={problem?.message ?? null} onDismiss={() => setProblem(null)} />
        <TimerDock workshopId={workshopId} timer={agendaTimer.timer} activityTitle={current?.title ?? null} onCommand={agendaTimer.runTimer} />
        {voter && context && session?.status === 'open' && (
          <TurnBanner
            voter={voter}
            dotsLeft={dotsLeft(context, voter.id)}
            budget={dotLimits(context, voter.id).budget}
            refusal={refusal}
            endLabel={turnOfPassTheLaptop ? t('voting.donePass') : t('voting.done')}
            onEnd={turnOfPassTheLaptop ? round.endTurn : round.stop}
          />
        )}
        {children(overlay)}
        {wallEntry && session?.status === 'open' && refusal && (
          <p className="stage-notice" role="alert">
            {refusal}
          </p>
        )}
        {picking && <p className="stage-notice">{t('parking.pickNotice')}</p>}
      </div>
      {turnOfPassTheLaptop ? (
        <aside className="facilitation-panel facilitation-panel-private" aria-label={t('panel.label')}>
          <p className="muted">{t('voting.panelHidden')}</p>
        </aside>
      ) : (
        <FacilitationPanel
          workshopId={workshopId}
          tab={tab}
          onTab={setTab}
          tabs={[
            { id: 'agenda', label: t('tabs.agenda'), icon: 'agenda', content: <AgendaPanel agendaTimer={agendaTimer} /> },
            {
              id: 'vote',
              label: t('tabs.vote'),
              icon: 'vote',
              content: (
                <>
                  {roomTools.voteProgress}
                  <VotingPanel voting={voting} round={round} mapId={mapId} votableItems={votable} />
                </>
              ),
            },
            {
              id: 'parking',
              label: t('tabs.parking'),
              icon: 'parking',
              count: parkingLot.items?.length ?? 0,
              content: <ParkingLotPanel parkingLot={parkingLot} picking={picking} onTogglePicking={() => setPicking(!picking)} />,
            },
            ...roomTools.tabs,
            ...extraTabs,
          ]}
        />
      )}
      {round.handingOver && session && (
        <HandOverScreen
          title={session.title}
          participants={participants}
          done={round.done}
          nextVoterId={round.nextVoterId}
          onBegin={round.beginTurn}
          onPause={round.stop}
          onFinish={() => {
            round.stop();
            voting.setStatus('revealed');
          }}
        />
      )}
    </div>
  );
}

/** Puts the editor in its voting-turn mode while `locked`, and back to editing when the lock ends. */
function useVotingLock(editor: MapEditor, locked: boolean): void {
  useEffect(() => {
    if (!locked) return;
    editor.setMode('voting-turn');
    return () => {
      if (editor.getState().session.mode === 'voting-turn') editor.setMode('editing');
    };
  }, [editor, locked]);
}
