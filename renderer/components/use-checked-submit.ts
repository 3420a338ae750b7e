import { useState, type FormEvent } from 'react';
import { errorMessage } from '../api/client';

/** What a form's check decided: a problem to show (nothing is sent), or the request to send. */
export type FormCheck = { problem: string } | { send: () => Promise<void> };

/**
 * A dialog form's submit: the check runs first and a problem is shown without sending anything;
 * while the request is out the form is busy, and a refusal is shown with the form ready again.
 * On success the caller closes the dialog, so busy stays on.
 */
export function useCheckedSubmit(check: () => FormCheck): { problem: string | null; busy: boolean; submit: (event: FormEvent) => void } {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(request: () => Promise<void>) {
    setBusy(true);
    try {
      await request();
    } catch (sendError) {
      setProblem(errorMessage(sendError));
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = check();
    if ('problem' in checked) setProblem(checked.problem);
    else void send(checked.send);
  }

  return { problem, busy, submit };
}
