import { z } from 'zod';
import { BallotSchema, VotingSetupSchema, VOTING_STATUSES, type Vote, type VotingSession } from '../facilitation/voting';
import { IdSchema } from '../model/ids';
import { WriteIdSchema } from '../room/write-id';

/** A session with every dot placed in it and a label for each voted item (its text, or its kind). */
export type VotingSessionDetail = { session: VotingSession; votes: Vote[]; labels: Record<string, string> };

export const votingInputs = {
  'voting.list': z.strictObject({ workshopId: IdSchema }),
  'voting.create': z.strictObject({ workshopId: IdSchema, mapId: IdSchema, setup: VotingSetupSchema }),
  'voting.get': z.strictObject({ sessionId: IdSchema }),
  /**
   * One dot; refused with 'vote-refused' when the rules (budget, per-item limit, closed session …) say no.
   * `writeId` is made when the person clicks, and required: a click sent again with the same id (its
   * answer was lost) never counts twice, and a caller that forgot one is told so instead of voting
   * without that safety.
   */
  'voting.cast': z.strictObject({ sessionId: IdSchema, ...BallotSchema.shape, writeId: WriteIdSchema }),
  /** Takes back one dot, with a write id as `voting.cast` has. */
  'voting.retract': z.strictObject({ sessionId: IdSchema, ...BallotSchema.shape, writeId: WriteIdSchema }),
  'voting.setStatus': z.strictObject({ sessionId: IdSchema, status: z.enum(VOTING_STATUSES) }),
  'voting.delete': z.strictObject({ sessionId: IdSchema }),
};

export type VotingOutputs = {
  'voting.list': VotingSession[];
  'voting.create': VotingSession;
  'voting.get': VotingSessionDetail;
  'voting.cast': VotingSessionDetail;
  'voting.retract': VotingSessionDetail;
  'voting.setStatus': VotingSessionDetail;
  'voting.delete': { id: string };
};
