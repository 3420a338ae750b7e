import { z } from 'zod';
import { refusal, refusalAtLeast, refusalAtMost } from '../i18n/refusals';
import { insertedContent } from '../i18n/inserted-content';
import type { Language } from '../i18n/languages';
import { IdSchema } from '../model/ids';
import type { NodeKind } from '../model/node-kinds';
import { isOneOf } from '../util/is-one-of';

/**
 * Dot voting on a map. A session says what may be voted on, how many dots each person has and how
 * many of them may go on one item, whether the count stays secret until revealed, and how the
 * room votes. Each dot is one Vote row; stacked dots are several rows.
 */
export const VOTE_TARGET_KINDS = ['kaizen-burst', 'sticky-note', 'process'] as const satisfies readonly NodeKind[];

export type VoteTargetKind = (typeof VOTE_TARGET_KINDS)[number];

export const VOTING_MODES = ['pass-the-laptop', 'facilitator-entry', 'open-clicking'] as const;

export type VotingMode = (typeof VOTING_MODES)[number];

export const VOTE_VISIBILITIES = ['secret', 'open'] as const;

export const VOTING_STATUSES = ['open', 'closed', 'revealed'] as const;

export type VotingStatus = (typeof VOTING_STATUSES)[number];

export const DEFAULT_VOTES_PER_PARTICIPANT = 3;

export const MAX_VOTES_PER_PARTICIPANT = 20;

const DotCountSchema = z
  .number(refusal('number'))
  .int(refusal('wholeNumber'))
  .min(1, refusalAtLeast('atLeast', 1))
  .max(MAX_VOTES_PER_PARTICIPANT, refusalAtMost('atMost', MAX_VOTES_PER_PARTICIPANT));

export const VotingTitleSchema = z.string().trim().min(1, refusal('empty')).max(120, refusalAtMost('tooLong', 120));

export const VotingSetupSchema = z
  .object({
    title: VotingTitleSchema,
    targetKinds: z
      .array(z.enum(VOTE_TARGET_KINDS))
      .min(1, refusal('oneKindAtLeast'))
      .refine((kinds) => new Set(kinds).size === kinds.length, refusal('kindTwice')),
    votesPerParticipant: DotCountSchema,
    /** The most dots one person may put on one item. */
    maxVotesPerItem: DotCountSchema,
    visibility: z.enum(VOTE_VISIBILITIES),
    mode: z.enum(VOTING_MODES),
  })
  .refine((setup) => setup.maxVotesPerItem <= setup.votesPerParticipant, {
    ...refusal('moreThanVotesPerParticipant'),
    path: ['maxVotesPerItem'],
  });

export type VotingSetup = z.infer<typeof VotingSetupSchema>;

/** What a session records besides its setup and the workshop it belongs to (the workshop file nests it). */
export const VotingSessionRecordShape = {
  id: IdSchema,
  mapId: IdSchema,
  status: z.enum(VOTING_STATUSES),
  createdAt: z.iso.datetime(),
  closedAt: z.iso.datetime().nullable(),
  revealedAt: z.iso.datetime().nullable(),
};

export const VotingSessionSchema = VotingSetupSchema.safeExtend({ ...VotingSessionRecordShape, workshopId: IdSchema });

export type VotingSession = z.infer<typeof VotingSessionSchema>;

export const VoteSchema = z.object({
  id: IdSchema,
  sessionId: IdSchema,
  /** Who placed the dot; null for a dot counted from the paper wall by the facilitator. */
  participantId: IdSchema.nullable(),
  nodeId: IdSchema,
  castAt: z.iso.datetime(),
});

export type Vote = z.infer<typeof VoteSchema>;

/** One dot to place or take back: who (null for a wall dot) and on which item of the session's map. */
export const BallotSchema = z.object({ participantId: IdSchema.nullable(), nodeId: IdSchema });

export type Ballot = z.infer<typeof BallotSchema>;

/** A new session's setup, its question in the workshop's language. */
export function defaultVotingSetup(language: Language): VotingSetup {
  return {
    title: insertedContent(language).vote.title,
    targetKinds: ['kaizen-burst', 'sticky-note'],
    votesPerParticipant: DEFAULT_VOTES_PER_PARTICIPANT,
    maxVotesPerItem: DEFAULT_VOTES_PER_PARTICIPANT,
    visibility: 'secret',
    mode: 'pass-the-laptop',
  };
}

/** Whether the session counts a paper wall's anonymous dots (facilitator entry) rather than votes of named people. */
export function countsWallDots(session: Pick<VotingSession, 'mode'>): boolean {
  return session.mode === 'facilitator-entry';
}

/** Whether a node of this kind may be voted on in the session. */
export function isVotableKind(session: Pick<VotingSetup, 'targetKinds'>, kind: string): boolean {
  return isOneOf(session.targetKinds, kind);
}
