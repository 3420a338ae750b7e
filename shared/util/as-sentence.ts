/** Ends a message with a full stop when it has no closing punctuation, so another sentence can follow it. */
export function asSentence(message: string): string {
  const trimmed = message.trim();
  return /[.!?…”)]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
