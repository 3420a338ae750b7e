import { describe, expect, it } from 'vitest';
import { editText } from '../../../shared/editing/commands';
import { applyChanges } from '../../../shared/editing/map-change';
import { emptyDoc, note } from '../fixtures';

describe('editText', () => {
  const doc = { ...emptyDoc(), nodes: [note('a', { text: 'Old' })] };
  const textAfter = (typed: string) => applyChanges(doc, editText(doc, 'a', typed)).nodes[0]?.text;

  it('never stores a line break at the end of a text', () => {
    expect(textAfter('Weld\n')).toBe('Weld');
    expect(textAfter('Weld\r\n\n')).toBe('Weld');
  });

  it('keeps the line breaks inside a text (Shift+Enter)', () => {
    expect(textAfter('Weld\nand paint')).toBe('Weld\nand paint');
  });

  it('changes nothing when only a trailing line break differs', () => {
    expect(editText(doc, 'a', 'Old\n')).toEqual([]);
  });
});
