import { describe, expect, it } from 'vitest';
import {
  answeredCount,
  answersInOrder,
  FUTURE_STATE_QUESTION_KEYS,
  FUTURE_STATE_QUESTIONS,
  FutureStateAnswerTextSchema,
} from '../../../shared/future-state/questions';

describe('future-state questions', () => {
  it('asks the eight questions of Learning to See, numbered in the book’s order', () => {
    expect(FUTURE_STATE_QUESTIONS.map((question) => [question.number, question.key])).toEqual(
      FUTURE_STATE_QUESTION_KEYS.map((key, index) => [index + 1, key]),
    );
    expect(FUTURE_STATE_QUESTIONS[0]?.title).toMatch(/takt/i);
    expect(FUTURE_STATE_QUESTIONS[4]?.title).toMatch(/pacemaker/i);
    expect(FUTURE_STATE_QUESTIONS[7]?.title).toMatch(/process improvements/i);
    for (const question of FUTURE_STATE_QUESTIONS) expect(question.hint.length).toBeGreaterThan(20);
  });

  it('lists every question with its answer, blank where none was given, whatever order answers arrive in', () => {
    const rows = answersInOrder([
      { question: 'pacemaker', answer: 'Weld + assembly cell', updatedAt: '2026-01-01T00:00:00.000Z' },
      { question: 'takt', answer: '60 s', updatedAt: '2026-01-01T00:00:00.000Z' },
    ]);
    expect(rows.map((row) => [row.question.key, row.answer])).toEqual([
      ['takt', '60 s'],
      ['finished-goods', ''],
      ['continuous-flow', ''],
      ['supermarket-pull', ''],
      ['pacemaker', 'Weld + assembly cell'],
      ['level-mix', ''],
      ['level-volume', ''],
      ['process-improvements', ''],
    ]);
  });

  it('counts only answers with more than white space', () => {
    expect(answeredCount([' \n', 'Cell', undefined, ''])).toBe(1);
  });

  it('keeps an answer as typed up to 5,000 characters', () => {
    expect(FutureStateAnswerTextSchema.safeParse(' line one\nline two ').data).toBe(' line one\nline two ');
    expect(FutureStateAnswerTextSchema.safeParse('x'.repeat(5_001)).success).toBe(false);
  });
});
