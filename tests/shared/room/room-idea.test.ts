import { describe, expect, it } from 'vitest';
import { IDEA_STATES, IdeaTextSchema, isInInbox, noteColorOfIdea } from '../../../shared/room/room-idea';
import { MAX_IDEA_CHARS } from '../../../shared/room/room-limits';

describe('ideas from the room', () => {
  it('wait in the inbox only while new', () => {
    expect(IDEA_STATES.filter((state) => isInInbox({ state }))).toEqual(['new']);
  });

  it('become notes whose colour says their kind, yellow when the sender did not say', () => {
    expect([noteColorOfIdea('problem'), noteColorOfIdea('idea'), noteColorOfIdea('question'), noteColorOfIdea(null)]).toEqual([
      'pink',
      'green',
      'blue',
      'yellow',
    ]);
  });

  it('are a sticky note’s worth of text, trimmed, never empty', () => {
    expect(IdeaTextSchema.parse('  Fewer handoffs \n')).toBe('Fewer handoffs');
    expect(IdeaTextSchema.safeParse('   ').success).toBe(false);
    expect(IdeaTextSchema.safeParse('x'.repeat(MAX_IDEA_CHARS)).success).toBe(true);
    expect(IdeaTextSchema.safeParse('x'.repeat(MAX_IDEA_CHARS + 1)).success).toBe(false);
  });
});
