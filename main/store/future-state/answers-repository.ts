import type { Database } from 'better-sqlite3';
import { FUTURE_STATE_QUESTION_KEYS, type FutureStateAnswer, type FutureStateQuestionKey } from '../../../shared/future-state/questions';
import type { Clock } from '../clock';
import { requireFutureMap } from '../require-existing';
import { touchWorkshop } from '../workshop-repository';

/** The answers to the future-state questions of one future-state map; an empty answer is no row. */
type AnswerRow = { question: FutureStateQuestionKey; answer: string; updated_at: string };

export function getAnswers(db: Database, mapId: string): FutureStateAnswer[] {
  requireFutureMap(db, mapId, 'questions');
  const rows = db.prepare<[string], AnswerRow>('SELECT question, answer, updated_at FROM future_state_answers WHERE map_id = ?').all(mapId);
  return rows
    .map((row) => ({ question: row.question, answer: row.answer, updatedAt: row.updated_at }))
    .sort((a, b) => FUTURE_STATE_QUESTION_KEYS.indexOf(a.question) - FUTURE_STATE_QUESTION_KEYS.indexOf(b.question));
}

export function setAnswer(db: Database, mapId: string, question: FutureStateQuestionKey, answer: string, clock: Clock): FutureStateAnswer[] {
  const { workshopId } = requireFutureMap(db, mapId, 'questions');
  db.transaction(() => {
    if (answer.trim() === '') {
      db.prepare('DELETE FROM future_state_answers WHERE map_id = ? AND question = ?').run(mapId, question);
    } else {
      db.prepare(
        `INSERT INTO future_state_answers (map_id, question, answer, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (map_id, question) DO UPDATE SET answer = excluded.answer, updated_at = excluded.updated_at`,
      ).run(mapId, question, answer, clock().toISOString());
    }
    touchWorkshop(db, workshopId, clock);
  })();
  return getAnswers(db, mapId);
}
