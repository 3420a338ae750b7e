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

/** Stops compiling when ProcessData gains a field that the comparison would silently skip. */
const everyProcessFieldCompared: [Exclude<keyof ProcessData, (typeof PROCESS_FIELDS)[number]>] extends [never]
  ? true
  : never = true;

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

export function compareSteps(
  currentSteps: readonly ProcessNode[],
  futureSteps: readonly ProcessNode[],
  originsOfFuture: ReadonlyMap<MapNode, readonly MapNode[]>,
): StepComparison {
  const result: StepComparison = { removed: [], added: [], changed: [], unchanged: [], merged: [], split: [] };
  const stepOrigins = new Map(
    futureSteps.map((step) => [step, (originsOfFuture.get(step) ?? []).filter(isProcessNode)]),
  );
  const descendants = new Map<ProcessNode, ProcessNode[]>();
  for (const [step, origins] of stepOrigins) {
    for (const origin of origins) {
      const known = descendants.get(origin);
      if (known) known.push(step);
      else descendants.set(origin, [step]);
    }
  }
  for (const [step, origins] of stepOrigins) {
    const [only] = origins;
    if (origins.length > 1) result.merged.push({ currentSteps: origins.map(ref), future: ref(step) });
    else if (!only) result.added.push(ref(step));
    else if ((descendants.get(only) ?? []).length === 1) {
      const fields = fieldChanges(only, step);
      if (fields.length > 0) result.changed.push({ current: ref(only), future: ref(step), fields });
      else result.unchanged.push({ current: ref(only), future: ref(step) });
    }
  }
  for (const step of currentSteps) {
    const futures = descendants.get(step) ?? [];
    if (futures.length === 0) result.removed.push(ref(step));
    if (futures.length > 1) result.split.push({ current: ref(step), futureSteps: futures.map(ref) });
  }
  return result;
}
