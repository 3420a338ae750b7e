import { z } from 'zod';
import { FUTURE_STATE_QUESTION_KEYS, FutureStateAnswerTextSchema, type FutureStateAnswer } from '../future-state/questions';
import { IdSchema } from '../model/ids';

/** The future-state questions of a future-state map. */
export const futureStateInputs = {
  /** The answers of a future-state map, in question order; unanswered questions are absent. */
  'futureState.getAnswers': z.strictObject({ mapId: IdSchema }),
  /** Saves one answer; an empty or blank answer removes it. */
  'futureState.setAnswer': z.strictObject({
    mapId: IdSchema,
    question: z.enum(FUTURE_STATE_QUESTION_KEYS),
    answer: FutureStateAnswerTextSchema,
  }),
};

export type FutureStateOutputs = {
  'futureState.getAnswers': FutureStateAnswer[];
  'futureState.setAnswer': FutureStateAnswer[];
};
