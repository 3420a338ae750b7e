import { z } from 'zod';
import { FUTURE_STATE_QUESTION_KEYS, FutureStateAnswerTextSchema, type FutureStateAnswer } from '../future-state/questions';
import { IdSchema } from '../model/ids';
import { MapNameSchema, type MapMeta } from '../model/vsm-map';

/**
 * A workshop's maps beyond the first, and the future-state questions. Deriving from a
 * current-state map copies it with lineage (each node's originId); from a future-state map, it
 * copies that map as it is. Deleting refuses a workshop's last map.
 */
export const futureStateInputs = {
  'map.deriveFutureState': z.strictObject({ sourceMapId: IdSchema, name: MapNameSchema }),
  'map.rename': z.strictObject({ mapId: IdSchema, name: MapNameSchema }),
  'map.delete': z.strictObject({ mapId: IdSchema }),
  /** The answers of a future-state map, in question order; unanswered questions are absent. */
  'futureState.getAnswers': z.strictObject({ mapId: IdSchema }),
  /** Saves one answer; an empty or blank answer removes it. */
  'futureState.setAnswer': z.strictObject({
    mapId: IdSchema,
    question: z.enum(FUTURE_STATE_QUESTION_KEYS),
    answer: FutureStateAnswerTextSchema,
  }),
};

export type FutureStateChannel = keyof typeof futureStateInputs;

export type FutureStateOutputs = {
  'map.deriveFutureState': MapMeta;
  'map.rename': MapMeta;
  'map.delete': { id: string };
  'futureState.getAnswers': FutureStateAnswer[];
  'futureState.setAnswer': FutureStateAnswer[];
};
