import type { ActionDescriptor } from './action-descriptor';
import { EDITING_ONLY, FACILITATING } from './editor-modes';
import type { KeyChord } from './key-chords';

/**
 * The timer's keys. T alone starts, pauses and resumes (the one key a facilitator needs
 * mid-sentence); the rest use Alt so that they never clash with the map's keys (+ and − zoom,
 * letters add shapes). Matched by the physical key, because Alt changes the character on macOS.
 */
function timer(label: string, description: string, keyLabel: string, chords: readonly KeyChord[]): ActionDescriptor {
  return { label, description, group: 'Timer', keys: { label: keyLabel, chords }, modes: FACILITATING, editsMap: false };
}

export const FACILITATION_DESCRIPTORS = {
  merge: {
    label: 'Merge steps',
    description: 'On a future state: merge the selected process steps into one flow cell',
    group: 'Future state',
    keys: { label: 'M', chords: [{ key: 'm' }] },
    modes: EDITING_ONLY,
    editsMap: true,
  },
  'timer-toggle': timer('Start, pause or resume the timer', 'Start, pause or resume the timer', 'T', [{ code: 'KeyT' }]),
  'timer-add-minute': timer('Add a minute', 'A minute more', 'Alt+↑ or Alt+=', [
    { code: 'ArrowUp', alt: true },
    { code: 'Equal', alt: true },
    { code: 'NumpadAdd', alt: true },
  ]),
  'timer-remove-minute': timer('Remove a minute', 'A minute less', 'Alt+↓ or Alt+−', [
    { code: 'ArrowDown', alt: true },
    { code: 'Minus', alt: true },
    { code: 'NumpadSubtract', alt: true },
  ]),
  'timer-reset': timer('Reset timer', 'Reset the timer', 'Alt+R', [{ code: 'KeyR', alt: true }]),
} satisfies Record<string, ActionDescriptor>;
