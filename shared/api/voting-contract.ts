import { z } from 'zod';
import { ColorSchema, InitialsSchema, ParticipantNameSchema, type Participant } from '../facilitation/participant';
import { BallotSchema, VotingSetupSchema, VOTING_STATUSES, type Vote, type VotingSession } from '../facilitation/voting';
import { IdSchema } from '../model/ids';

/** A session with every dot placed in it and a label for each voted item (its text, or its kind). */
export type VotingSessionDetail = { session: VotingSession; votes: Vote[]; labels: Record<string, string> };

const NewParticipantSchema = z.strictObject({
  name: ParticipantNameSchema,
  initials: InitialsSchema.optional(),
  color: ColorSchema.optional(),
});

export const votingInputs = {
  'participant.list': z.strictObject({ workshopId: IdSchema }),
  'participant.add': z.strictObject({
    workshopId: IdSchema,
    people: z.array(NewParticipantSchema).min(1, 'must name at least one person').max(100),
  }),
  'participant.update': z.strictObject({
    id: IdSchema,
    name: ParticipantNameSchema.optional(),
    initials: InitialsSchema.optional(),
    color: ColorSchema.optional(),
  }),
  'participant.remove': z.strictObject({ id: IdSchema }),
  'voting.list': z.strictObject({ workshopId: IdSchema }),
  'voting.create': z.strictObject({ workshopId: IdSchema, mapId: IdSchema, setup: VotingSetupSchema }),
  'voting.get': z.strictObject({ sessionId: IdSchema }),
  /** One dot; refused with 'vote-refused' when the rules (budget, per-item limit, closed session …) say no. */
  'voting.cast': z.strictObject({ sessionId: IdSchema, ...BallotSchema.shape }),
  'voting.retract': z.strictObject({ sessionId: IdSchema, ...BallotSchema.shape }),
  'voting.setStatus': z.strictObject({ sessionId: IdSchema, status: z.enum(VOTING_STATUSES) }),
  'voting.delete': z.strictObject({ sessionId: IdSchema }),
};

export type VotingOutputs = {
  'participant.list': Participant[];
  'participant.add': Participant[];
  'participant.update': Participant[];
  'participant.remove': Participant[];
  'voting.list': VotingSession[];
  'voting.create': VotingSession;
  'voting.get': VotingSessionDetail;
  'voting.cast': VotingSessionDetail;
  'voting.retract': VotingSessionDetail;
  'voting.setStatus': VotingSessionDetail;
  'voting.delete': { id: string };
};
