import { describe, expect, it } from 'vitest';
import { asSentence } from '../../shared/util/as-sentence';

describe('asSentence', () => {
  it('adds a full stop only where a message has no closing punctuation', () => {
    expect(asSentence('Cannot save change 1 (patchNode): node n1 is not on the map')).toBe(
      'Cannot save change 1 (patchNode): node n1 is not on the map.',
    );
    expect(asSentence('Another window deleted “Kept” while this one changed it. ')).toBe('Another window deleted “Kept” while this one changed it.');
    expect(asSentence('Is it still running?')).toBe('Is it still running?');
  });
});
