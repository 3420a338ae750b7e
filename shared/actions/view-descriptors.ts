import type { ActionDescriptor } from './action-descriptor';
import { EVERY_MODE } from './editor-modes';
import { anyShift } from './key-chords';

export const VIEW_DESCRIPTORS = {
  'zoom-in': {
    label: 'Zoom in',
    description: 'Zoom in (or Ctrl + mouse wheel, or pinch)',
    group: 'View',
    keys: { label: '+', chords: anyShift('+', '='), repeats: true },
    modes: EVERY_MODE,
    editsMap: false,
  },
  'zoom-out': {
    label: 'Zoom out',
    description: 'Zoom out',
    group: 'View',
    keys: { label: '−', chords: anyShift('-', '_'), repeats: true },
    modes: EVERY_MODE,
    editsMap: false,
  },
  'zoom-reset': {
    label: 'Zoom to 100 %',
    description: 'Zoom to 100 %',
    group: 'View',
    keys: { label: 'Ctrl+0', chords: [{ key: '0', mod: true, shift: 'any' }] },
    modes: EVERY_MODE,
    editsMap: false,
  },
  'zoom-fit': {
    label: 'Zoom to fit',
    description: 'Zoom to fit the whole map',
    group: 'View',
    keys: { label: 'Shift+1', chords: [{ code: 'Digit1', shift: true }] },
    modes: EVERY_MODE,
    editsMap: false,
  },
  'zoom-selection': {
    label: 'Zoom to selection',
    description: 'Zoom to the selection',
    group: 'View',
    keys: { label: 'Shift+2', chords: [{ code: 'Digit2', shift: true }] },
    modes: EVERY_MODE,
    editsMap: false,
  },
  'hold-to-pan': {
    label: 'Pan',
    description: 'Hold and drag to pan (or drag with the middle button, or scroll with two fingers)',
    group: 'View',
    keys: { label: 'Space', chords: [{ code: 'Space', shift: 'any' }], repeats: true, whileHeld: true },
    modes: EVERY_MODE,
    editsMap: false,
  },
  present: {
    label: 'Present',
    description: 'Present: hide the tools (Esc leaves)',
    group: 'View',
    keys: { label: 'F5', chords: anyShift('F5') },
    modes: ['editing', 'presenting'],
    editsMap: false,
  },
  shortcuts: {
    label: 'Keyboard shortcuts',
    description: 'Show these shortcuts',
    group: 'View',
    keys: { label: '?', chords: anyShift('?') },
    modes: EVERY_MODE,
    editsMap: false,
  },
  /** The app's settings, from any screen; on a map while it is edited or presented, not during a private vote or on the projector. */
  'open-settings': {
    label: 'Settings…',
    description: 'Open the settings: language, figures and dates, the data folder',
    group: 'View',
    keys: { label: 'Ctrl+,', chords: [{ key: ',', mod: true }] },
    modes: ['editing', 'presenting'],
    editsMap: false,
  },
} satisfies Record<string, ActionDescriptor>;
