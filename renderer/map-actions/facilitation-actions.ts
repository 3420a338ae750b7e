import { mergeSteps } from '../../shared/editing/commands-merge';
import { MINUTE_MS, type TimerCommand } from '../../shared/facilitation/timer';
import type { KeyChord } from './key-chords';
import { EDITING_ONLY, FACILITATING, type ActionSpec } from './action-types';
import { selectedIds, selectedStepCount } from './selection-facts';

/**
 * The timer's keys. T alone starts, pauses and resumes (the one key a facilitator needs
 * mid-sentence); the rest use Alt so that they never clash with the map's keys (+ and − zoom,
 * letters add shapes). Matched by the physical key, because Alt changes the character on macOS.
 */
function timer(label: string, description: string, keyLabel: string, chords: readonly KeyChord[], command: TimerCommand): ActionSpec {
  return {
    label,
    description,
    group: 'Timer',
    keys: { label: keyLabel, chords },
    modes: FACILITATING,
    editsMap: false,
    perform: (context) => context.runTimer(command),
  };
}

export const FACILITATION_ACTIONS = {
  merge: {
    label: 'Merge steps',
    description: 'On a future state: merge the selected process steps into one flow cell',
    group: 'Future state',
    keys: { label: 'M', chords: [{ key: 'm' }] },
    modes: EDITING_ONLY,
    editsMap: true,
    isEnabled: (state) => state.doc.map.state === 'future' && selectedStepCount(state) >= 2,
    perform({ editor }) {
      const selected = selectedIds(editor.getState());
      editor.execute('Merge steps', (doc) => mergeSteps(doc, selected).changes);
    },
  },
  'timer-toggle': timer('Start, pause or resume the timer', 'Start, pause or resume the timer', 'T', [{ code: 'KeyT' }], { type: 'toggle' }),
  'timer-add-minute': timer(
    'Add a minute',
    'A minute more',
    'Alt+↑ or Alt+=',
    [
      { code: 'ArrowUp', alt: true },
      { code: 'Equal', alt: true },
      { code: 'NumpadAdd', alt: true },
    ],
    { type: 'adjust', deltaMs: MINUTE_MS },
  ),
  'timer-remove-minute': timer(
    'Remove a minute',
    'A minute less',
    'Alt+↓ or Alt+−',
    [
      { code: 'ArrowDown', alt: true },
      { code: 'Minus', alt: true },
      { code: 'NumpadSubtract', alt: true },
    ],
    { type: 'adjust', deltaMs: -MINUTE_MS },
  ),
  'timer-reset': timer('Reset timer', 'Reset the timer', 'Alt+R', [{ code: 'KeyR', alt: true }], { type: 'reset' }),
} satisfies Record<string, ActionSpec>;
