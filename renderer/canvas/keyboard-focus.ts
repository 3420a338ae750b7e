/** Keys typed into a field belong to the field, not to the map. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Whether the focused element handles this key itself: fields take every key, buttons Enter and Space. */
export function ownsKey(target: EventTarget | null, key: string): boolean {
  if (isTypingTarget(target)) return true;
  if (!(target instanceof HTMLElement)) return false;
  return (key === 'Enter' || key === ' ') && (target.tagName === 'BUTTON' || target.tagName === 'A');
}
