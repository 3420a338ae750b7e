/**
 * A key as an action binds it. `key` is matched against the character typed (case aside), `code`
 * against the physical key, for combinations whose character a layout changes (Alt on a Mac turns
 * R into ®). Ctrl and Cmd are one modifier. Unset modifiers must be up; `shift: 'any'` accepts both
 * (Shift+arrow nudges further; ? and + need Shift on many layouts).
 */
export type KeyChord = { key?: string; code?: string; mod?: boolean; alt?: boolean; shift?: boolean | 'any' };

/** Chords for characters typed with or without Shift: any one of `keys` runs the action. */
export function anyShift(...keys: string[]): KeyChord[] {
  return keys.map((key) => ({ key, shift: 'any' }));
}

export type KeyLike = { key: string; code: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };

export function matchesChord(event: KeyLike, chord: KeyChord): boolean {
  if ((event.ctrlKey || event.metaKey) !== (chord.mod ?? false)) return false;
  if (event.altKey !== (chord.alt ?? false)) return false;
  if (chord.shift !== 'any' && event.shiftKey !== (chord.shift ?? false)) return false;
  if (chord.code !== undefined && event.code !== chord.code) return false;
  return chord.key === undefined || event.key.toLowerCase() === chord.key.toLowerCase();
}

const CODE_CHARACTERS: Readonly<Record<string, string>> = { Equal: '=', Minus: '-', Slash: '/', BracketLeft: '[', BracketRight: ']' };

/** The key a chord names, as one comparable string, whether it names the character or the physical key. */
function keyName(chord: KeyChord): string {
  const code = chord.code;
  if (code === undefined) return (chord.key ?? '').toLowerCase();
  if (/^Key[A-Z]$/.test(code)) return code.slice(3).toLowerCase();
  if (/^Digit[0-9]$/.test(code)) return code.slice(5);
  return CODE_CHARACTERS[code] ?? code.toLowerCase();
}

/** Whether one key press could match both chords. */
export function chordsOverlap(a: KeyChord, b: KeyChord): boolean {
  const shiftOverlaps = a.shift === 'any' || b.shift === 'any' || (a.shift ?? false) === (b.shift ?? false);
  return keyName(a) === keyName(b) && (a.mod ?? false) === (b.mod ?? false) && (a.alt ?? false) === (b.alt ?? false) && shiftOverlaps;
}
