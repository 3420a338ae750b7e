import { MINUTE_MS, type TimerCommand } from '../../../shared/facilitation/timer';
import { exhaustiveSwitchError } from '../../../shared/util/exhaustive';
import type { KeyLike } from '../../map/keyboard-shortcuts';

/**
 * The timer's keys. T alone starts, pauses and resumes (the one key a facilitator needs mid-sentence);
 * the rest use Alt so that they never clash with the map's keys (+ and − zoom, letters add shapes).
 * Matched by `code` (the physical key), because Alt changes the character on macOS.
 */
export type TimerShortcut = 'toggle' | 'add-minute' | 'remove-minute' | 'reset';

export const TIMER_SHORTCUT_LABELS: Record<TimerShortcut, string> = {
  toggle: 'T',
  'add-minute': 'Alt+↑ or Alt+=',
  'remove-minute': 'Alt+↓ or Alt+−',
  reset: 'Alt+R',
};

export function timerShortcutForKey(event: KeyLike): TimerShortcut | null {
  if (event.ctrlKey || event.metaKey) return null;
  if (!event.altKey) return !event.shiftKey && event.code === 'KeyT' ? 'toggle' : null;
  if (event.shiftKey) return null;
  switch (event.code) {
    case 'ArrowUp':
    case 'Equal':
    case 'NumpadAdd':
      return 'add-minute';
    case 'ArrowDown':
    case 'Minus':
    case 'NumpadSubtract':
      return 'remove-minute';
    case 'KeyR':
      return 'reset';
    default:
      return null;
  }
}

export function timerCommandFor(shortcut: TimerShortcut): TimerCommand {
  switch (shortcut) {
    case 'toggle':
      return { type: 'toggle' };
    case 'add-minute':
      return { type: 'adjust', deltaMs: MINUTE_MS };
    case 'remove-minute':
      return { type: 'adjust', deltaMs: -MINUTE_MS };
    case 'reset':
      return { type: 'reset' };
    default:
      return exhaustiveSwitchError(shortcut, 'timer shortcut');
  }
}
