import { z } from 'zod';

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

const QUESTION_TEXT: Readonly<Record<FutureStateQuestionKey, { title: string; hint: string }>> = {
  takt: {
    title: 'What is the takt time?',
    hint: 'Available working time per day divided by customer demand per day: the pace the customer sets.',
  },
  'finished-goods': {
    title: 'Build to a finished-goods supermarket, or ship directly?',
    hint: 'Does the customer pull from a supermarket of finished goods, or does the last step build to order straight into shipping?',
  },
  'continuous-flow': {
    title: 'Where can continuous flow be used?',
    hint: 'Which steps can be joined so that work moves one piece at a time, with no inventory between them?',
  },
  'supermarket-pull': {
    title: 'Where are supermarket pull systems needed?',
    hint: 'Where flow must break (changeovers, distant or shared processes), which supermarkets control what upstream makes?',
  },
  pacemaker: {
    title: 'Which single process is the pacemaker?',
    hint: 'The one point that gets the customer schedule; everything after it flows, everything before it is pulled.',
  },
  'level-mix': {
    title: 'How will the production mix be levelled at the pacemaker?',
    hint: 'Spread the different products evenly over the day instead of batching them: how, and with what (a levelling box)?',
  },
  'level-volume': {
    title: 'What increment of work is released and taken away at the pacemaker?',
    hint: 'The pitch: a consistent, small amount of work (a pack-out quantity times takt) released and withdrawn at regular intervals.',
  },
  'process-improvements': {
    title: 'What process improvements are needed?',
    hint: 'Changeover, uptime, quality, work content: what must improve for the value stream to flow as designed? Mark each with a kaizen burst.',
  },
};

export const FUTURE_STATE_QUESTIONS: readonly FutureStateQuestion[] = FUTURE_STATE_QUESTION_KEYS.map((key, index) => ({
  key,
  number: index + 1,
  ...QUESTION_TEXT[key],
}));

export const FutureStateAnswerTextSchema = z.string().max(5_000, 'must be at most 5,000 characters');

export type FutureStateAnswer = { question: FutureStateQuestionKey; answer: string; updatedAt: string };

/** Every question in order with its answer, '' where there is none yet (as the report prints them). */
export function answersInOrder(answers: readonly FutureStateAnswer[]): { question: FutureStateQuestion; answer: string }[] {
  const byKey = new Map(answers.map((answer) => [answer.question, answer.answer]));
  return FUTURE_STATE_QUESTIONS.map((question) => ({ question, answer: byKey.get(question.key) ?? '' }));
}

/** How many of the answers say something (more than white space). */
export function answeredCount(answers: Iterable<string | undefined>): number {
  return [...answers].filter((answer) => answer !== undefined && answer.trim() !== '').length;
}
