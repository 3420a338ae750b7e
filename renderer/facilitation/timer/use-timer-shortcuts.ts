import { useEffect } from 'react';
import type { TimerCommand } from '../../../shared/facilitation/timer';
import { isTypingTarget } from '../../canvas/keyboard-focus';
import { timerCommandFor, timerShortcutForKey } from './timer-shortcuts';

/** Listens for the timer's keys on the whole window, except while typing or in a dialog. */
export function useTimerShortcuts(run: (command: TimerCommand) => void, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat || isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      const shortcut = timerShortcutForKey(event);
      if (!shortcut) return;
      event.preventDefault();
      run(timerCommandFor(shortcut));
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run, enabled]);
}
