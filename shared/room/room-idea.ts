import { z } from 'zod';
import { refusal, refusalAtMost } from '../i18n/refusals';
import type { NoteColor } from '../model/colors';
import { MAX_IDEA_CHARS } from './room-limits';

/**
 * An idea sent from a phone: a sticky note's text and, if the sender said, what kind of note it
 * is. It waits in the facilitator's "From the room" inbox until it is placed on a map, parked,
 * merged into another idea or dismissed. During silent brainstorming ideas arrive hidden: the
 * projector shows only how many there are until the facilitator shows them.
 */
export const IDEA_KINDS = ['problem', 'idea', 'question'] as const;

export type IdeaKind = (typeof IDEA_KINDS)[number];

/** The sticky note an idea becomes on the map: the colour says its kind at a glance. */
export const IDEA_NOTE_COLORS: Readonly<Record<IdeaKind | 'none', NoteColor>> = {
  problem: 'pink',
  idea: 'green',
  question: 'blue',
  none: 'yellow',
};

export const IDEA_STATES = ['new', 'placed', 'parked', 'merged', 'dismissed'] as const;

export type IdeaState = (typeof IDEA_STATES)[number];

/** How the room takes ideas: not at all, shown as they come, or hidden until the facilitator shows them. */
export const IDEA_MODES = ['off', 'open', 'silent'] as const;

export type IdeaMode = (typeof IDEA_MODES)[number];

export const IdeaTextSchema = z.string().trim().min(1, refusal('empty')).max(MAX_IDEA_CHARS, refusalAtMost('tooLong', MAX_IDEA_CHARS));

export type RoomIdea = {
  id: string;
  workshopId: string;
  /** Who sent it; null once that participant was removed from the workshop. */
  participantId: string | null;
  /** The sender's name when it was sent, kept if the participant is renamed or removed. */
  author: string;
  text: string;
  kind: IdeaKind | null;
  state: IdeaState;
  /** Sent during silent brainstorming and not shown yet. */
  hidden: boolean;
  /** The idea this one was merged into, when its state is 'merged'. */
  mergedInto: string | null;
  createdAt: string;
};

/** What the sender sees of their own idea. */
export type OwnIdea = Pick<RoomIdea, 'id' | 'text' | 'kind' | 'state' | 'createdAt'>;

export function noteColorOfIdea(kind: IdeaKind | null): NoteColor {
  return IDEA_NOTE_COLORS[kind ?? 'none'];
}

/** Ideas still waiting for the facilitator; placed, parked, merged and dismissed ones have been dealt with. */
export function isInInbox(idea: Pick<RoomIdea, 'state'>): boolean {
  return idea.state === 'new';
}
