import type { Id } from '../model/ids';
import type { MapNode, ProcessData, ProcessNode } from '../model/map-node';
import { at } from './flow-graph';
import type { Origins } from './lineage';
import type { NodeIndex } from './node-index';
import { isProcessNode, nodeLabel } from './node-roles';

/**
 * How the process steps of a future map relate to the current map's, by lineage (lineage.ts):
 * a future step with no origin is added; one with several is a merge; a current step with no
 * future step is removed; one that several future steps derive from is a split; a one-to-one
 * pair is changed (listing each field that differs) or unchanged.
 */
export type StepRef = { nodeId: Id; label: string };

export type StepField = 'text' | keyof ProcessData;

export type FieldChange = { field: StepField; before: number | string | null; after: number | string | null };

export type StepComparison = {
  removed: StepRef[];
  added: StepRef[];
  changed: { current: StepRef; future: StepRef; fields: FieldChange[] }[];
  unchanged: { current: StepRef; future: StepRef }[];
  merged: { currentSteps: StepRef[]; future: StepRef }[];
  split: { current: StepRef; futureSteps: StepRef[] }[];
};

const PROCESS_FIELDS = [
  'cycleTime',
  'cycleTimeMin',
  'cycleTimeMax',
  'changeoverTime',
  'uptime',
  'operators',
  'shifts',
  'availableTimePerShift',
  'batchSize',
  'processTime',
  'leadTime',
  'percentCompleteAccurate',
] as const satisfies readonly (keyof ProcessData)[];

/**
 * Stops compiling when ProcessData gains a field that the comparison would silently skip.
 * @public (a compile-time check, read by nobody)
 */
export const everyProcessFieldCompared: [Exclude<keyof ProcessData, (typeof PROCESS_FIELDS)[number]>] extends [never] ? true : never = true;

function ref(node: MapNode): StepRef {
  return { nodeId: node.id, label: nodeLabel(node) };
}

/** The fields that differ; null when none does, so an unchanged pair costs no array. */
function fieldChanges(before: ProcessNode, after: ProcessNode): FieldChange[] | null {
  let changes: FieldChange[] | null = null;
  if (before.text !== after.text) changes = [{ field: 'text', before: before.text, after: after.text }];
  for (const field of PROCESS_FIELDS) {
    const was = before.process[field] ?? null;
    const now = after.process[field] ?? null;
    if (was !== now) (changes ??= []).push({ field, before: was, after: now });
  }
  return changes;
}

/**
 * `origins` gives for each future node the positions in `current` it derives from (lineage.ts);
 * nodes of other kinds are passed over, so a step that became a supermarket counts as removed.
 * Which nodes are steps is read from the indexes' roles, not from the nodes: on a map of
 * thousands of steps each read of a node object is a likely cache miss, and the nodes are read
 * only for what the result reports.
 */
export function compareSteps(current: NodeIndex, future: NodeIndex, origins: Origins): StepComparison {
  const result: StepComparison = { removed: [], added: [], changed: [], unchanged: [], merged: [], split: [] };
  const { start, positions } = origins;
  // How many future steps derive from each current step.
  const descendants = new Int32Array(current.nodes.length);
  for (let index = 0; index < future.nodes.length; index += 1) {
    if (future.roles[index] !== 'step') continue;
    for (let k = at(start, index); k < at(start, index + 1); k += 1) {
      const position = at(positions, k);
      if (current.roles[position] === 'step') descendants[position] = at(descendants, position) + 1;
    }
  }

  const splits = new Map<number, StepRef[]>();
  for (let index = 0; index < future.nodes.length; index += 1) {
    const step = stepAt(future, index);
    if (!step) continue;
    const from = at(start, index);
    const to = at(start, index + 1);
    let sources = 0;
    let last = -1;
    for (let k = from; k < to; k += 1) {
      const position = at(positions, k);
      if (current.roles[position] !== 'step') continue;
      sources += 1;
      last = position;
      if (at(descendants, position) < 2) continue;
      const known = splits.get(position);
      if (known) known.push(ref(step));
      else splits.set(position, [ref(step)]);
    }
    if (sources > 1) {
      const currentSteps: StepRef[] = [];
      for (let k = from; k < to; k += 1) {
        const source = stepAt(current, at(positions, k));
        if (source) currentSteps.push(ref(source));
      }
      result.merged.push({ currentSteps, future: ref(step) });
      continue;
    }
    const only = sources === 1 ? stepAt(current, last) : undefined;
    if (!only) {
      result.added.push(ref(step));
    } else if (at(descendants, last) === 1) {
      const fields = fieldChanges(only, step);
      if (fields) result.changed.push({ current: ref(only), future: ref(step), fields });
      else result.unchanged.push({ current: ref(only), future: ref(step) });
    }
  }
  for (let position = 0; position < current.nodes.length; position += 1) {
    const node = stepAt(current, position);
    if (!node) continue;
    const futureSteps = splits.get(position);
    if (descendants[position] === 0) result.removed.push(ref(node));
    else if (futureSteps) result.split.push({ current: ref(node), futureSteps });
  }
  return result;
}

/** The step at a position of the index, read only once its role says it is one. */
function stepAt(index: NodeIndex, position: number): ProcessNode | undefined {
  if (index.roles[position] !== 'step') return undefined;
  const node = index.nodes[position];
  return node && isProcessNode(node) ? node : undefined;
}
