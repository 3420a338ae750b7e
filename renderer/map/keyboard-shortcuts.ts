/** The map screen's keyboard shortcuts, named once so the toolbar's tooltips and the handler agree. */
export type MapCommand =
  | 'add-note'
  | 'delete'
  | 'undo'
  | 'redo'
  | 'edit-text'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-fit'
  | 'select-all'
  | 'deselect';

export const SHORTCUT_LABELS: Record<MapCommand, string> = {
  'add-note': 'N',
  delete: 'Delete',
  undo: 'Ctrl+Z',
  redo: 'Ctrl+Shift+Z',
  'edit-text': 'Enter',
  'zoom-in': '+',
  'zoom-out': '−',
  'zoom-fit': 'Shift+1',
  'select-all': 'Ctrl+A',
  deselect: 'Esc',
};

export type KeyLike = { key: string; code: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };

export function commandForKey(event: KeyLike): MapCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (mod && key === 'y') return 'redo';
  if (mod && key === 'a') return 'select-all';
  if (mod || event.altKey) return null;
  if (event.shiftKey && event.code === 'Digit1') return 'zoom-fit';
  switch (event.key) {
    case 'n':
    case 'N':
      return 'add-note';
    case 'Delete':
    case 'Backspace':
      return 'delete';
    case 'Enter':
    case 'F2':
      return 'edit-text';
    case '+':
    case '=':
      return 'zoom-in';
    case '-':
    case '_':
      return 'zoom-out';
    case 'Escape':
      return 'deselect';
    default:
      return null;
  }
}

/** Keys typed into a field belong to the field, not to the map. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
