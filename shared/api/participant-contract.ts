import { z } from 'zod';
import { refusal } from '../i18n/refusals';
import { ColorSchema, InitialsSchema, ParticipantNameSchema, type Participant } from '../facilitation/participant';
import { IdSchema } from '../model/ids';

const NewParticipantSchema = z.strictObject({
  name: ParticipantNameSchema,
  initials: InitialsSchema.optional(),
  color: ColorSchema.optional(),
});

/** The people in the room: who votes, and the colour of their dots. */
export const participantInputs = {
  'participant.list': z.strictObject({ workshopId: IdSchema }),
  'participant.add': z.strictObject({
    workshopId: IdSchema,
    people: z.array(NewParticipantSchema).min(1, refusal('onePersonAtLeast')).max(100),
  }),
  'participant.update': z.strictObject({
    id: IdSchema,
    name: ParticipantNameSchema.optional(),
    initials: InitialsSchema.optional(),
    color: ColorSchema.optional(),
  }),
  'participant.remove': z.strictObject({ id: IdSchema }),
};

export type ParticipantOutputs = {
  'participant.list': Participant[];
  'participant.add': Participant[];
  'participant.update': Participant[];
  'participant.remove': Participant[];
};
