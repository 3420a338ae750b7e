import type { NodeKind } from '../model/node-kinds';
import type { Participant } from './participant';
import { countsWallDots, isVotableKind, type Ballot, type Vote, type VoteTargetKind, type VotingSession, type VotingStatus } from './voting';
import { apiRefusalWords, refusalLanguage } from '../i18n/refusals';
import { exhaustiveSwitchError } from '../util/exhaustive';

/**
 * The rules of dot voting, enforced by the store before a dot is saved and used by the screen to
 * say why a click did nothing. Named dots: each person has `votesPerParticipant` dots and may put
 * at most `maxVotesPerItem` of them on one item. Wall dots (facilitator entry of a paper wall) are
 * anonymous, so the same limits apply to the room as a whole: the number of people times each.
 */
export type VoteRefusalReason =
  | 'session-not-open'
  | 'participant-required'
  | 'wall-dots-only'
  | 'unknown-participant'
  | 'no-participants'
  | 'item-not-votable'
  | 'item-limit-reached'
  | 'budget-exhausted'
  | 'no-such-vote';

export type VoteCheck = { ok: true } | { ok: false; reason: VoteRefusalReason; message: string };

export type VotingContext = {
  session: VotingSession;
  participants: readonly Pick<Participant, 'id' | 'name'>[];
  /** Every dot already placed in this session. */
  votes: readonly Pick<Vote, 'participantId' | 'nodeId'>[];
};

function refuse(reason: VoteRefusalReason, message: string): VoteCheck {
  return { ok: false, reason, message };
}

function kindWords(kind: VoteTargetKind): string {
  const words = apiRefusalWords();
  switch (kind) {
    case 'kaizen-burst':
      return words('vote.kinds.kaizenBurst');
    case 'sticky-note':
      return words('vote.kinds.stickyNote');
    case 'process':
      return words('vote.kinds.process');
    default:
      return exhaustiveSwitchError(kind, 'vote target kind');
  }
}

/** "kaizen bursts or sticky notes", in the language of the request. */
function eitherOf(kinds: readonly VoteTargetKind[]): string {
  return new Intl.ListFormat(refusalLanguage(), { type: 'disjunction' }).format(kinds.map(kindWords));
}

export type DotLimits = { budget: number; perItem: number };

/** How many dots the voter (a person, or the wall when null) may place in all and on one item. */
export function dotLimits(context: VotingContext, participantId: string | null): DotLimits {
  const { session, participants } = context;
  const people = participantId === null ? participants.length : 1;
  return { budget: session.votesPerParticipant * people, perItem: session.maxVotesPerItem * people };
}

export function dotsPlaced(context: VotingContext, participantId: string | null, nodeId?: string): number {
  return context.votes.filter((vote) => vote.participantId === participantId && (nodeId === undefined || vote.nodeId === nodeId)).length;
}

export function dotsLeft(context: VotingContext, participantId: string | null): number {
  return Math.max(0, dotLimits(context, participantId).budget - dotsPlaced(context, participantId));
}

/** Checks who may vote in this session, before any limit is counted. */
function checkVoter(context: VotingContext, participantId: string | null): VoteCheck {
  const { session, participants } = context;
  if (countsWallDots(session)) {
    if (participantId !== null) return refuse('wall-dots-only', apiRefusalWords()('vote.wallDotsOnly'));
    if (participants.length === 0) {
      return refuse('no-participants', apiRefusalWords()('vote.noParticipants'));
    }
    return { ok: true };
  }
  if (participantId === null) return refuse('participant-required', apiRefusalWords()('vote.chooseVoter'));
  if (!participants.some((participant) => participant.id === participantId)) {
    return refuse('unknown-participant', apiRefusalWords()('vote.notAParticipant'));
  }
  return { ok: true };
}

function voterName(context: VotingContext, participantId: string | null): string {
  if (participantId === null) return apiRefusalWords()('vote.theWall');
  return context.participants.find((participant) => participant.id === participantId)?.name ?? apiRefusalWords()('vote.thisParticipant');
}

/**
 * Whether one more dot may be placed. `itemKind` is the kind of the node on the session's map, or
 * undefined when no such node is there.
 */
export function canCastVote(context: VotingContext, ballot: Ballot, itemKind: NodeKind | undefined): VoteCheck {
  const { session } = context;
  if (session.status !== 'open') return refuse('session-not-open', apiRefusalWords()('vote.closed', { title: session.title }));
  const voter = checkVoter(context, ballot.participantId);
  if (!voter.ok) return voter;
  if (itemKind === undefined || !isVotableKind(session, itemKind)) {
    return refuse('item-not-votable', apiRefusalWords()('vote.notVotable', { kinds: eitherOf(session.targetKinds) }));
  }
  const limits = dotLimits(context, ballot.participantId);
  const name = voterName(context, ballot.participantId);
  if (dotsPlaced(context, ballot.participantId, ballot.nodeId) >= limits.perItem) {
    return refuse('item-limit-reached', apiRefusalWords()('vote.itemLimit', { name, count: limits.perItem }));
  }
  if (dotsPlaced(context, ballot.participantId) >= limits.budget) {
    return refuse('budget-exhausted', apiRefusalWords()('vote.budgetUsed', { name, count: limits.budget }));
  }
  return { ok: true };
}

/** Whether a dot of this voter on this item may be taken back: only while voting is open. */
export function canRetractVote(context: VotingContext, ballot: Ballot): VoteCheck {
  const { session } = context;
  if (session.status !== 'open') return refuse('session-not-open', apiRefusalWords()('vote.closed', { title: session.title }));
  const voter = checkVoter(context, ballot.participantId);
  if (!voter.ok) return voter;
  if (dotsPlaced(context, ballot.participantId, ballot.nodeId) === 0) {
    return refuse('no-such-vote', apiRefusalWords()('vote.noDotToTakeBack', { name: voterName(context, ballot.participantId) }));
  }
  return { ok: true };
}

export type StatusCheck = { ok: true } | { ok: false; message: string };

/**
 * Open ⇄ closed while the room is still voting; closed or open → revealed ends the session, so
 * a result once shown cannot be changed by votes cast afterwards.
 */
export function canChangeStatus(from: VotingStatus, to: VotingStatus): StatusCheck {
  if (from === to) return { ok: true };
  if (from === 'revealed') return { ok: false, message: apiRefusalWords()('vote.revealed') };
  return { ok: true };
}
