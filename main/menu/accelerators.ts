import type { ActionKeys } from '../../shared/actions/action-descriptor';
import type { KeyChord } from '../../shared/actions/key-chords';

/**
 * A registry key as an Electron accelerator, so the menu shows the key that runs the action.
 * The page's one keyboard listener stays the one that runs keys: on Windows and Linux the menu
 * only shows them (`registerAccelerator: false`), so a letter typed in a field stays a letter.
 * macOS cannot show a key without handling it, so there the menu shows only keys with Cmd or
 * Alt (the page hands those to a focused field itself) and leaves plain keys to the page.
 */
export type MenuPlatform = 'darwin' | 'win32' | 'linux';

export type MenuAccelerator = { accelerator: string; registerAccelerator: boolean };

const NAMED_KEYS: Readonly<Record<string, string>> = {
  '+': 'Plus',
  ' ': 'Space',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  Equal: '=',
  Minus: '-',
  Slash: '/',
  BracketLeft: '[',
  BracketRight: ']',
  NumpadAdd: 'numadd',
  NumpadSubtract: 'numsub',
};

const PASSED_THROUGH = /^(F([1-9]|1[0-9]|2[0-4])|Enter|Delete|Backspace|Escape|Space|Tab|Home|End|PageUp|PageDown|Insert|[=\-/[\]?,.;'`\\])$/;

function keyCode(chord: KeyChord): string | null {
  const name = chord.code ?? chord.key;
  if (name === undefined) return null;
  const named = NAMED_KEYS[name];
  if (named) return named;
  const letterOrDigit = /^(?:Key|Digit)?([A-Za-z0-9])$/.exec(name);
  if (letterOrDigit?.[1]) return letterOrDigit[1].toUpperCase();
  return PASSED_THROUGH.test(name) ? name : null;
}

/** The chord in Electron's accelerator syntax, or null for a key Electron cannot name. */
export function chordAccelerator(chord: KeyChord): string | null {
  const key = keyCode(chord);
  if (key === null) return null;
  const modifiers = [chord.mod ? 'CmdOrCtrl' : null, chord.alt ? 'Alt' : null, chord.shift === true ? 'Shift' : null];
  return [...modifiers.filter((modifier) => modifier !== null), key].join('+');
}

/** What a menu item shows for an action's keys on this system, or null when it shows none. */
export function menuAccelerator(keys: ActionKeys | undefined, platform: MenuPlatform): MenuAccelerator | null {
  const chord = keys?.chords[0];
  if (!chord) return null;
  const accelerator = chordAccelerator(chord);
  if (accelerator === null) return null;
  if (platform !== 'darwin') return { accelerator, registerAccelerator: false };
  return chord.mod || chord.alt ? { accelerator, registerAccelerator: true } : null;
}

/** The system the menu is for, from Node's `process.platform` (other Unixes get Linux's menu). */
export function menuPlatformOf(platform: string): MenuPlatform {
  return platform === 'darwin' || platform === 'win32' ? platform : 'linux';
}
