import { describe, expect, it } from 'vitest';
import { countOf } from '../../../shared/util/count-words';

describe('countOf', () => {
  it('says one thing in the singular and every other count in the plural', () => {
    expect([0, 1, 2].map((count) => countOf(count, 'action'))).toEqual(['0 actions', '1 action', '2 actions']);
    expect(countOf(1, 'part')).toBe('1 part');
    expect(countOf(3, 'person', 'people')).toBe('3 people');
  });
});
