/**
 * The map screen's commands and their keys, named once so that the toolbar's tooltips, the
 * shortcut sheet and the key handler agree. Letters add the common symbols; Alt+Shift+letter
 * aligns; Ctrl (Cmd on a Mac) is for the usual edit keys. T and Alt alone belong to the timer
 * (renderer/facilitation/timer). Copy, cut and paste come from the browser's own clipboard events
 * (see use-clipboard.ts), so they are listed here but not mapped.
 */
export type MapCommand =
  | 'add-note'
  | 'add-process'
  | 'add-inventory'
  | 'add-kaizen-burst'
  | 'add-text'
  | 'connect-tool'
  | 'connect-selected'
  | 'delete'
  | 'duplicate'
  | 'copy'
  | 'cut'
  | 'paste'
  | 'undo'
  | 'redo'
  | 'edit-text'
  | 'select-all'
  | 'deselect'
  | 'nudge-left'
  | 'nudge-right'
  | 'nudge-up'
  | 'nudge-down'
  | 'align-left'
  | 'align-centre'
  | 'align-right'
  | 'align-top'
  | 'align-middle'
  | 'align-bottom'
  | 'distribute-horizontal'
  | 'distribute-vertical'
  | 'bring-to-front'
  | 'send-to-back'
  | 'toggle-snap'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset'
  | 'zoom-fit'
  | 'zoom-selection'
  | 'present'
  | 'shortcuts';

export const SHORTCUTS: Record<MapCommand, { keys: string; description: string }> = {
  'add-note': { keys: 'N', description: 'Add a sticky note' },
  'add-process': { keys: 'P', description: 'Add a process box' },
  'add-inventory': { keys: 'I', description: 'Add an inventory triangle' },
  'add-kaizen-burst': { keys: 'K', description: 'Add a kaizen burst' },
  'add-text': { keys: 'A', description: 'Add free text (an annotation)' },
  'connect-tool': { keys: 'C', description: 'Connect tool: drag or click from one node to another' },
  'connect-selected': { keys: 'L', description: 'Connect the selected nodes in the order they were selected' },
  delete: { keys: 'Delete', description: 'Delete the selection (the steps on both sides of a deleted inventory stay joined)' },
  duplicate: { keys: 'Ctrl+D', description: 'Duplicate the selection' },
  copy: { keys: 'Ctrl+C', description: 'Copy the selection' },
  cut: { keys: 'Ctrl+X', description: 'Cut the selection' },
  paste: { keys: 'Ctrl+V', description: 'Paste (into this map or another)' },
  undo: { keys: 'Ctrl+Z', description: 'Undo' },
  redo: { keys: 'Ctrl+Shift+Z', description: 'Redo' },
  'edit-text': { keys: 'Enter', description: "Edit the selected node's text" },
  'select-all': { keys: 'Ctrl+A', description: 'Select everything' },
  deselect: { keys: 'Esc', description: 'Select nothing; leave the connect tool or presentation' },
  'nudge-left': { keys: '←', description: 'Move the selection left (Shift: further)' },
  'nudge-right': { keys: '→', description: 'Move the selection right (Shift: further)' },
  'nudge-up': { keys: '↑', description: 'Move the selection up (Shift: further)' },
  'nudge-down': { keys: '↓', description: 'Move the selection down (Shift: further)' },
  'align-left': { keys: 'Alt+Shift+L', description: 'Align left edges' },
  'align-centre': { keys: 'Alt+Shift+C', description: 'Align centres' },
  'align-right': { keys: 'Alt+Shift+R', description: 'Align right edges' },
  'align-top': { keys: 'Alt+Shift+T', description: 'Align top edges' },
  'align-middle': { keys: 'Alt+Shift+M', description: 'Align middles' },
  'align-bottom': { keys: 'Alt+Shift+B', description: 'Align bottom edges' },
  'distribute-horizontal': { keys: 'Alt+Shift+H', description: 'Space evenly from left to right' },
  'distribute-vertical': { keys: 'Alt+Shift+V', description: 'Space evenly from top to bottom' },
  'bring-to-front': { keys: 'Ctrl+]', description: 'Bring to front' },
  'send-to-back': { keys: 'Ctrl+[', description: 'Send to back' },
  'toggle-snap': { keys: 'G', description: 'Snap to grid on or off (hold Alt while dragging to place freely)' },
  'zoom-in': { keys: '+', description: 'Zoom in (or Ctrl + mouse wheel, or pinch)' },
  'zoom-out': { keys: '−', description: 'Zoom out' },
  'zoom-reset': { keys: 'Ctrl+0', description: 'Zoom to 100 %' },
  'zoom-fit': { keys: 'Shift+1', description: 'Zoom to fit the whole map' },
  'zoom-selection': { keys: 'Shift+2', description: 'Zoom to the selection' },
  present: { keys: 'F5', description: 'Present: hide the tools (Esc leaves)' },
  shortcuts: { keys: '?', description: 'Show these shortcuts' },
};

export type KeyLike = { key: string; code: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };

const ALT_SHIFT_CODES: Readonly<Record<string, MapCommand>> = {
  KeyL: 'align-left',
  KeyC: 'align-centre',
  KeyR: 'align-right',
  KeyT: 'align-top',
  KeyM: 'align-middle',
  KeyB: 'align-bottom',
  KeyH: 'distribute-horizontal',
  KeyV: 'distribute-vertical',
};

const LETTERS: Readonly<Record<string, MapCommand>> = {
  n: 'add-note',
  p: 'add-process',
  i: 'add-inventory',
  k: 'add-kaizen-burst',
  a: 'add-text',
  c: 'connect-tool',
  l: 'connect-selected',
  g: 'toggle-snap',
};

const PLAIN_KEYS: Readonly<Record<string, MapCommand>> = {
  Delete: 'delete',
  Backspace: 'delete',
  Enter: 'edit-text',
  F2: 'edit-text',
  '+': 'zoom-in',
  '=': 'zoom-in',
  '-': 'zoom-out',
  _: 'zoom-out',
  Escape: 'deselect',
  ArrowLeft: 'nudge-left',
  ArrowRight: 'nudge-right',
  ArrowUp: 'nudge-up',
  ArrowDown: 'nudge-down',
  F5: 'present',
  '?': 'shortcuts',
};

export function commandForKey(event: KeyLike): MapCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && !event.altKey) {
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
    if (key === 'y') return 'redo';
    if (key === 'a') return 'select-all';
    if (key === 'd') return 'duplicate';
    if (key === '0') return 'zoom-reset';
    if (event.key === ']') return 'bring-to-front';
    if (event.key === '[') return 'send-to-back';
    return null;
  }
  if (event.altKey) return mod || !event.shiftKey ? null : (ALT_SHIFT_CODES[event.code] ?? null);
  if (event.shiftKey && event.code === 'Digit1') return 'zoom-fit';
  if (event.shiftKey && event.code === 'Digit2') return 'zoom-selection';
  return PLAIN_KEYS[event.key] ?? (event.shiftKey ? null : (LETTERS[key] ?? null));
}

/** "Label (keys)": the tooltip of a control that runs a command. */
export function tooltip(label: string, command: MapCommand): string {
  return `${label} (${SHORTCUTS[command].keys})`;
}

/** What a presentation allows: looking around, not editing (a stray key on a projector changes nothing). */
export const VIEW_COMMANDS: ReadonlySet<MapCommand> = new Set([
  'zoom-in',
  'zoom-out',
  'zoom-reset',
  'zoom-fit',
  'zoom-selection',
  'present',
  'shortcuts',
  'deselect',
  'copy',
]);
