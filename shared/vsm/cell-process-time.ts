import type { ProcessData, ProcessNode } from '../model/map-node';
import type { MapSettings } from '../model/vsm-map';
import { exhaustiveSwitchError } from '../util/exhaustive';
import { formatDuration } from './units';

/**
 * Where a step's process time (P/T) comes from, in one rule a facilitator can be told:
 *
 * - a P/T the room typed is the step's P/T, whatever its C/T becomes;
 * - merging steps into a cell fills P/T with the sum of their work (187 s for four stations)
 *   and marks it as that sum (`processTimeFrom: 'merged-steps'`);
 * - a merged sum is a starting figure, so typing the cell's C/T replaces it: P/T then follows
 *   C/T (168 s typed, 168 s on the ladder), as an empty P/T always does (step-times.ts);
 * - typing or clearing P/T by hand ends the sum's marking; clearing C/T keeps the sum.
 *
 * A cell whose operators share its work (C/T 56 s, work content 168 s) gets both typed.
 */
type ProcessTimeOrigin = 'typed' | 'merged-steps' | 'cycle-time' | 'none';

export function processTimeOrigin(node: ProcessNode): ProcessTimeOrigin {
  if (node.process.processTime !== undefined) return node.processTimeFrom === 'merged-steps' ? 'merged-steps' : 'typed';
  return node.process.cycleTime !== undefined ? 'cycle-time' : 'none';
}

/** The node after a data-box edit, with P/T following the rule above. */
export function withProcessEdit(node: ProcessNode, process: ProcessData, patch: Partial<ProcessData>): ProcessNode {
  const { processTimeFrom: _marking, ...unmarked } = node;
  if ('processTime' in patch) return { ...unmarked, process };
  if (node.processTimeFrom !== 'merged-steps') return { ...node, process };
  if (patch.cycleTime === undefined) return { ...node, process };
  const { processTime: _sum, ...followsCycleTime } = process;
  return { ...unmarked, process: followsCycleTime };
}

/** What the inspector says under P/T: where the figure the ladder uses comes from. */
export function processTimeNote(node: ProcessNode, settings: Pick<MapSettings, 'workingTimePerDay'>): string | null {
  const origin = processTimeOrigin(node);
  switch (origin) {
    case 'typed':
      return null;
    case 'merged-steps': {
      const steps = 1 + (node.mergedOriginIds?.length ?? 0);
      const merged = node.mergedOriginIds ? `the ${steps} merged steps` : 'the merged steps';
      return `The sum of ${merged}. Typing the cell’s C/T replaces it; type a P/T to keep one of your own.`;
    }
    case 'cycle-time':
      return `Empty, so it follows C/T: ${formatDuration(node.process.cycleTime ?? 0, settings)}.`;
    case 'none':
      return null;
    default:
      return exhaustiveSwitchError(origin, 'process time origin');
  }
}
