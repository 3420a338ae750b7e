import { describe, expect, it } from 'vitest';
import { dotsByItem, layoutDots, MIN_DOT_SCREEN_RADIUS, WALL_DOT_COLOR } from '../../../../renderer/facilitation/voting/vote-layout';

const note = { x: 100, y: 50, width: 160, height: 120 };
const dot = { color: '#000000', label: 'AB' };

describe('vote dot layout', () => {
  it('puts dots in a row on the bottom edge of the item, within its width', () => {
    const placed = layoutDots(note, [dot, dot, dot]);
    const r = placed[0]!.r;
    expect(new Set(placed.map((p) => p.y)).size).toBe(1);
    for (const p of placed) {
      expect(p.x - r).toBeGreaterThanOrEqual(note.x);
      expect(p.x + r).toBeLessThanOrEqual(note.x + note.width);
      expect(p.y).toBe(note.y + note.height);
    }
    expect(placed[1]!.x).toBeGreaterThan(placed[0]!.x + 2 * r - 0.001);
  });

  it('wraps to further rows below when a row is full, never overlapping', () => {
    const placed = layoutDots(
      note,
      Array.from({ length: 14 }, () => dot),
    );
    const rows = [...new Set(placed.map((p) => p.y))];
    expect(rows.length).toBeGreaterThan(1);
    expect(rows[1]!).toBeGreaterThan(rows[0]!);
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        expect(Math.hypot(placed[i]!.x - placed[j]!.x, placed[i]!.y - placed[j]!.y)).toBeGreaterThanOrEqual(2 * placed[i]!.r);
      }
    }
  });

  it('colours each dot as its voter, and wall dots as paper stickers', () => {
    const people = [{ id: 'ana', workshopId: 'w', name: 'Ana', initials: 'AN', color: '#1565c0' }];
    const dots = dotsByItem(
      [
        { participantId: 'ana', nodeId: 'k' },
        { participantId: null, nodeId: 'k' },
      ],
      people,
    );
    expect(dots.get('k')).toEqual([
      { color: '#1565c0', label: 'AN' },
      { color: WALL_DOT_COLOR, label: '' },
    ]);
  });

  it('never draws a dot under the least screen size: at a small zoom its radius grows to keep it', () => {
    const scale = 0.3;
    const placed = layoutDots(note, [dot, dot], MIN_DOT_SCREEN_RADIUS / scale);
    for (const p of placed) expect(p.r * scale).toBeGreaterThanOrEqual(MIN_DOT_SCREEN_RADIUS);
    expect(layoutDots(note, [dot], MIN_DOT_SCREEN_RADIUS / 2)[0]!.r).toBe(layoutDots(note, [dot])[0]!.r);
  });
});
