import { z } from 'zod';
import { refusalAtMost } from '../i18n/refusals';
import { translator } from '../i18n/i18n-instance';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';

/**
 * The eight future-state questions of Rother and Shook's "Learning to See", in the order the
 * book works through them: the room answers them while drawing the future-state map, and the
 * answers go into the report. Each future-state map has its own answers.
 */
export const FUTURE_STATE_QUESTION_KEYS = [
  'takt',
  'finished-goods',
  'continuous-flow',
  'supermarket-pull',
  'pacemaker',
  'level-mix',
  'level-volume',
  'process-improvements',
] as const;

export type FutureStateQuestionKey = (typeof FUTURE_STATE_QUESTION_KEYS)[number];

export type FutureStateQuestion = { key: FutureStateQuestionKey; number: number; title: string; hint: string };

/** Each question's words in the catalogue (namespace `questions`). */
const QUESTION_WORDS = {
  takt: 'takt',
  'finished-goods': 'finishedGoods',
  'continuous-flow': 'continuousFlow',
  'supermarket-pull': 'supermarketPull',
  pacemaker: 'pacemaker',
  'level-mix': 'levelMix',
  'level-volume': 'levelVolume',
  'process-improvements': 'processImprovements',
} as const satisfies Record<FutureStateQuestionKey, string>;

/** The questions in order, in `language`. */
export function futureStateQuestions(language: Language = DEFAULT_LANGUAGE): FutureStateQuestion[] {
  const t = translator(language, 'questions');
  return FUTURE_STATE_QUESTION_KEYS.map((key, index) => ({
    key,
    number: index + 1,
    title: t(`${QUESTION_WORDS[key]}.title`),
    hint: t(`${QUESTION_WORDS[key]}.hint`),
  }));
}

export const FUTURE_STATE_QUESTIONS: readonly FutureStateQuestion[] = futureStateQuestions();

export const FutureStateAnswerTextSchema = z.string().max(5_000, refusalAtMost('tooLong', 5_000));

export const FutureStateAnswerSchema = z.object({
  question: z.enum(FUTURE_STATE_QUESTION_KEYS),
  answer: FutureStateAnswerTextSchema,
  updatedAt: z.iso.datetime(),
});

export type FutureStateAnswer = z.infer<typeof FutureStateAnswerSchema>;

/** Every question in order, in `language`, with its answer, '' where there is none yet (as the report prints them). */
export function answersInOrder(
  answers: readonly FutureStateAnswer[],
  language: Language = DEFAULT_LANGUAGE,
): { question: FutureStateQuestion; answer: string }[] {
  const byKey = new Map(answers.map((answer) => [answer.question, answer.answer]));
  return futureStateQuestions(language).map((question) => ({ question, answer: byKey.get(question.key) ?? '' }));
}

/** How many of the answers say something (more than white space). */
export function answeredCount(answers: Iterable<string | undefined>): number {
  return [...answers].filter((answer) => answer !== undefined && answer.trim() !== '').length;
}
