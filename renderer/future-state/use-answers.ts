import { uiText } from '../ui-text/ui-text';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FutureStateAnswer, FutureStateQuestionKey } from '../../shared/future-state/questions';
import { call, errorMessage } from '../api/client';

export type AnswerDrafts = Partial<Record<FutureStateQuestionKey, string>>;

export type AnswersState = {
  drafts: AnswerDrafts | null;
  saving: boolean;
  problem: string | null;
  edit: (question: FutureStateQuestionKey, answer: string) => void;
  flush: () => void;
};

/** How long typing pauses before an answer is saved; leaving the field saves at once. */
const SAVE_DELAY_MS = 600;

/**
 * The answers of one future-state map as the room types them: shown at once, saved shortly after
 * typing stops (and when the field is left or the panel closes), one question at a time.
 */
export function useAnswers(mapId: string): AnswersState {
  const [drafts, setDrafts] = useState<AnswerDrafts | null>(null);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const unsaved = useRef(new Map<FutureStateQuestionKey, string>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let cancelled = false;
    call('futureState.getAnswers', { mapId }).then(
      (answers: FutureStateAnswer[]) => !cancelled && setDrafts(Object.fromEntries(answers.map((answer) => [answer.question, answer.answer]))),
      (error: unknown) => !cancelled && setProblem(errorMessage(error)),
    );
    return () => {
      cancelled = true;
    };
  }, [mapId]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const batch = [...unsaved.current];
    unsaved.current.clear();
    if (batch.length === 0) return;
    setSaving(true);
    Promise.all(batch.map(([question, answer]) => call('futureState.setAnswer', { mapId, question, answer }))).then(
      () => {
        setSaving(false);
        setProblem(null);
      },
      (error: unknown) => {
        setSaving(false);
        setProblem(uiText('futureState:questions.notSaved', { problem: errorMessage(error) }));
      },
    );
  }, [mapId]);

  useEffect(() => flush, [flush]);

  const edit = useCallback(
    (question: FutureStateQuestionKey, answer: string) => {
      setDrafts((current) => ({ ...current, [question]: answer }));
      unsaved.current.set(question, answer);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );

  return { drafts, saving, problem, edit, flush };
}
