import type { Id } from '../model/ids';
import type { MapNode, ProcessData, ProcessNode } from '../model/map-node';
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

function fieldChanges(before: ProcessNode, after: ProcessNode): FieldChange[] {
  const changes: FieldChange[] = [];
  if (before.text !== after.text) changes.push({ field: 'text', before: before.text, after: after.text });
  for (const field of PROCESS_FIELDS) {
    const was = before.process[field] ?? null;
    const now = after.process[field] ?? null;
    if (was !== now) changes.push({ field, before: was, after: now });
  }
  return changes;
}

/**
 * `origins[f]` lists the positions in `current` that future node `f` derives from (lineage.ts);
 * nodes of other kinds are passed over, so a step that became a supermarket counts as removed.
 */
export function compareSteps(current: readonly MapNode[], future: readonly MapNode[], origins: readonly (readonly number[])[]): StepComparison {
  const result: StepComparison = { removed: [], added: [], changed: [], unchanged: [], merged: [], split: [] };
  const stepAt = (position: number) => {
    const node = current[position];
    return node && isProcessNode(node) ? node : undefined;
  };
  const descendants = new Int32Array(current.length);
  const lineage: { step: ProcessNode; sources: number[] }[] = [];
  future.forEach((step, position) => {
    if (!isProcessNode(step)) return;
    const sources = (origins[position] ?? []).filter((source) => stepAt(source));
    for (const source of sources) descendants[source] = (descendants[source] ?? 0) + 1;
    lineage.push({ step, sources });
  });

  const splits = new Map<number, StepRef[]>();
  for (const { step, sources } of lineage) {
    const only = sources.length === 1 ? stepAt(sources[0] ?? -1) : undefined;
    if (sources.length > 1) {
      result.merged.push({
        currentSteps: sources.flatMap((source) => stepAt(source) ?? []).map(ref),
        future: ref(step),
      });
    } else if (!only) {
      result.added.push(ref(step));
    } else if (descendants[sources[0] ?? -1] === 1) {
      const fields = fieldChanges(only, step);
      if (fields.length > 0) result.changed.push({ current: ref(only), future: ref(step), fields });
      else result.unchanged.push({ current: ref(only), future: ref(step) });
    }
    for (const source of sources) {
      if ((descendants[source] ?? 0) < 2) continue;
      const known = splits.get(source);
      if (known) known.push(ref(step));
      else splits.set(source, [ref(step)]);
    }
  }
  current.forEach((node, position) => {
    if (!isProcessNode(node)) return;
    const futureSteps = splits.get(position);
    if (descendants[position] === 0) result.removed.push(ref(node));
    else if (futureSteps) result.split.push({ current: ref(node), futureSteps });
  });
  return result;
}
