import { uiText } from '../ui-text/ui-text';
import type { FACILITATION_DESCRIPTORS } from '../../shared/actions/facilitation-descriptors';
import { mergeSteps } from '../../shared/editing/commands-merge';
import { MINUTE_MS, type TimerCommand } from '../../shared/facilitation/timer';
import type { ActionBehaviour } from './action-types';
import { selectedIds, selectedStepCount } from './selection-facts';

function timer(command: TimerCommand): ActionBehaviour {
  return { perform: (context) => context.runTimer(command) };
}

export const FACILITATION_ACTIONS = {
  merge: {
    isEnabled: (state) => state.doc.map.state === 'future' && selectedStepCount(state) >= 2,
    perform({ editor }) {
      const selected = selectedIds(editor.getState());
      editor.execute(uiText('mapActions:edits.merge'), (doc) => mergeSteps(doc, selected).changes);
    },
  },
  'timer-toggle': timer({ type: 'toggle' }),
  'timer-add-minute': timer({ type: 'adjust', deltaMs: MINUTE_MS }),
  'timer-remove-minute': timer({ type: 'adjust', deltaMs: -MINUTE_MS }),
  'timer-reset': timer({ type: 'reset' }),
} satisfies Record<keyof typeof FACILITATION_DESCRIPTORS, ActionBehaviour>;
