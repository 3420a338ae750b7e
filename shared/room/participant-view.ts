import type { AgendaItem } from '../facilitation/agenda';
import type { Participant } from '../facilitation/participant';
import type { TimerState } from '../facilitation/timer';
import { dotsLeft, type VotingContext } from '../facilitation/voting-rules';
import { rankVotes } from '../facilitation/voting-results';
import { showsRunningTotals } from '../facilitation/voting-visibility';
import type { Vote, VotingSession, VotingStatus, VoteTargetKind } from '../facilitation/voting';
import type { IdeaMode, OwnIdea } from './room-idea';

/**
 * What one participant's phone is shown, built from the room's state by one pure function so the
 * secrecy rule is in one place and tested there: while a vote is secret, a participant's view
 * holds their own dots and how many people have voted, never anyone else's dots or any total.
 */
export type RosterEntry = Pick<Participant, 'id' | 'name' | 'initials' | 'color'>;

export type RoomVoteItem = { nodeId: string; label: string; kind: VoteTargetKind };

export type RoomRankedItem = { nodeId: string; label: string; total: number; rank: number; tied: boolean };

export type RoomVote = {
  sessionId: string;
  mapId: string;
  title: string;
  status: VotingStatus;
  visibility: VotingSession['visibility'];
  votesPerParticipant: number;
  maxVotesPerItem: number;
  /** What may be voted on, in the map's order. */
  items: RoomVoteItem[];
  /** This participant's dots per item (items without a dot are left out). */
  myDots: Record<string, number>;
  myDotsLeft: number;
  /** This participant said "I'm done". */
  done: boolean;
  /** How many people have placed at least one dot: never who, never where. */
  votedCount: number;
  doneCount: number;
  /** Most dots first; only once the totals may be shown (revealed, or an open vote). */
  ranking: RoomRankedItem[] | null;
};

/**
 * Which read of the room a view was built from: the laptop numbers its reads in order, and a
 * new run of the room server (a restarted laptop) starts a new numbering. A phone hears views by
 * two ways at once (a write's answer, the live socket), so they may arrive out of order; the
 * number says which is newer where a clock reading cannot, as two reads share a millisecond.
 */
export type ViewStamp = { run: string; read: number };

/** Whether a view built at `arrived` is newer than the one shown: always, once the laptop started a new run. */
export function isNewerView(shown: ViewStamp | null, arrived: ViewStamp): boolean {
  return shown === null || shown.run !== arrived.run || arrived.read > shown.read;
}

export type ParticipantView = {
  workshopTitle: string;
  built: ViewStamp;
  /** Who this device votes and writes as; null until the person picks their name. */
  me: RosterEntry | null;
  /** The workshop's participants, to pick a name from; empty once this device has a name (it is not sent to every phone on every change). */
  roster: RosterEntry[];
  agenda: Pick<AgendaItem, 'id' | 'title' | 'plannedMinutes' | 'isCurrent'>[];
  activity: Pick<AgendaItem, 'id' | 'title' | 'plannedMinutes'> | null;
  /** The timer as stored: read it with `readTimer` against `serverNowMs` plus the time since the view arrived. */
  timer: TimerState;
  serverNowMs: number;
  ideas: { mode: IdeaMode; mine: OwnIdea[] };
  vote: RoomVote | null;
  /** The map the projector shows (or the vote's map), for the read-only map; null when none. */
  mapId: string | null;
  /**
   * The ids of this person's latest writes the laptop has stored. A write's answer and the live
   * socket's push race each other: a phone that hears the push first must not count the write
   * again while its answer is still on the way (the buttons would lock for a moment, and a tap
   * then is lost).
   */
  storedWriteIds: string[];
};

/** The vote a phone shows and everything needed to count it. */
export type RoomVoteState = {
  session: VotingSession;
  items: RoomVoteItem[];
  votes: readonly Pick<Vote, 'participantId' | 'nodeId'>[];
  doneParticipantIds: readonly string[];
};

/** The room's state shared by every phone; built once per update, then narrowed per participant. */
export type RoomSnapshot = {
  workshopTitle: string;
  participants: readonly Participant[];
  agenda: readonly AgendaItem[];
  timer: TimerState;
  ideaMode: IdeaMode;
  vote: RoomVoteState | null;
  mapId: string | null;
  nowMs: number;
  built: ViewStamp;
};

function rosterEntry({ id, name, initials, color }: RosterEntry): RosterEntry {
  return { id, name, initials, color };
}

function voteFor(state: RoomVoteState, participants: readonly Participant[], participantId: string | null): RoomVote {
  const { session, items, votes } = state;
  const context: VotingContext = { session, participants, votes };
  const myDots: Record<string, number> = {};
  if (participantId !== null) {
    const votable = new Set(items.map((item) => item.nodeId));
    for (const vote of votes) {
      if (vote.participantId === participantId && votable.has(vote.nodeId)) myDots[vote.nodeId] = (myDots[vote.nodeId] ?? 0) + 1;
    }
  }
  const labels = new Map(items.map((item) => [item.nodeId, item.label]));
  const order = new Map(items.map((item, index) => [item.nodeId, index]));
  const ranking = showsRunningTotals(session)
    ? rankVotes(votes, (a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity)).map(({ nodeId, total, rank, tied }) => ({
        nodeId,
        label: labels.get(nodeId) ?? '(removed)',
        total,
        rank,
        tied,
      }))
    : null;
  return {
    sessionId: session.id,
    mapId: session.mapId,
    title: session.title,
    status: session.status,
    visibility: session.visibility,
    votesPerParticipant: session.votesPerParticipant,
    maxVotesPerItem: session.maxVotesPerItem,
    items: items.map((item) => ({ ...item })),
    myDots,
    myDotsLeft: participantId === null ? 0 : dotsLeft(context, participantId),
    done: participantId !== null && state.doneParticipantIds.includes(participantId),
    votedCount: new Set(votes.flatMap((vote) => (vote.participantId === null ? [] : [vote.participantId]))).size,
    doneCount: new Set(state.doneParticipantIds).size,
    ranking,
  };
}

export function participantView(
  snapshot: RoomSnapshot,
  participantId: string | null,
  ownIdeas: readonly OwnIdea[],
  storedWriteIds: readonly string[] = [],
): ParticipantView {
  const me = snapshot.participants.find((participant) => participant.id === participantId);
  const current = snapshot.agenda.find((item) => item.isCurrent);
  return {
    workshopTitle: snapshot.workshopTitle,
    me: me ? rosterEntry(me) : null,
    roster: me ? [] : snapshot.participants.map(rosterEntry),
    agenda: snapshot.agenda.map(({ id, title, plannedMinutes, isCurrent }) => ({ id, title, plannedMinutes, isCurrent })),
    activity: current ? { id: current.id, title: current.title, plannedMinutes: current.plannedMinutes } : null,
    timer: snapshot.timer,
    serverNowMs: snapshot.nowMs,
    built: snapshot.built,
    ideas: { mode: snapshot.ideaMode, mine: me ? ownIdeas.map((idea) => ({ ...idea })) : [] },
    vote: snapshot.vote ? voteFor(snapshot.vote, snapshot.participants, me ? me.id : null) : null,
    mapId: snapshot.mapId,
    storedWriteIds: me ? [...storedWriteIds] : [],
  };
}
