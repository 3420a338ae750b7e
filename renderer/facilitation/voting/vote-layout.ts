import type { Participant } from '../../../shared/facilitation/participant';
import type { Vote } from '../../../shared/facilitation/voting';

/**
 * Where dots sit on a voted item: in rows centred on its bottom edge, left to right, further rows
 * hanging below, so that the item's text stays readable however many dots it gets.
 */
export type NodeRect = { x: number; y: number; width: number; height: number };

export type DotSpec = { color: string; label: string };

export type PlacedDot = DotSpec & { x: number; y: number; r: number };

/** The red of paper dot stickers, for the wall's anonymous dots. */
export const WALL_DOT_COLOR = '#c62828';

/** A dot is never smaller than this on screen (its radius in screen pixels), so a dot and its initials read at zoom to fit. */
export const MIN_DOT_SCREEN_RADIUS = 9;

/** A dot's radius in canvas units: in proportion to its item, but at least `minRadius` (the screen minimum at the current zoom). */
export function dotRadius(node: NodeRect, minRadius = 0): number {
  return Math.max(minRadius, Math.min(16, Math.max(9, Math.min(node.width, node.height) / 7)));
}

export function layoutDots(node: NodeRect, dots: readonly DotSpec[], minRadius = 0): PlacedDot[] {
  const r = dotRadius(node, minRadius);
  const gap = r * 0.35;
  const step = 2 * r + gap;
  const perRow = Math.max(1, Math.floor((node.width - gap) / step));
  return dots.map((dot, index) => {
    const row = Math.floor(index / perRow);
    const column = index % perRow;
    return { ...dot, r, x: node.x + gap + r + column * step, y: node.y + node.height + row * step };
  });
}

/** One dot per vote on each item, in the voter's colour with their initials, in the order cast. */
export function dotsByItem(votes: readonly Pick<Vote, 'participantId' | 'nodeId'>[], participants: readonly Participant[]): Map<string, DotSpec[]> {
  const byId = new Map(participants.map((participant) => [participant.id, participant]));
  const result = new Map<string, DotSpec[]>();
  for (const vote of votes) {
    const voter = vote.participantId === null ? undefined : byId.get(vote.participantId);
    const dots = result.get(vote.nodeId) ?? [];
    dots.push({ color: voter?.color ?? WALL_DOT_COLOR, label: voter?.initials ?? '' });
    result.set(vote.nodeId, dots);
  }
  return result;
}
