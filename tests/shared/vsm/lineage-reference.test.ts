import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Id } from '../../../shared/model/ids';
import { ProcessDataSchema, type MapNode, type ProcessData, type ProcessNode } from '../../../shared/model/map-node';
import type { MapDocument } from '../../../shared/model/vsm-map';
import {
  compareMaps,
  isProcessNode,
  isStockNode,
  nodeLabel,
  originsOf,
  type FieldChange,
  type StepComparison,
  type StepRef,
} from '../../../shared/vsm';
import { arbitraryMap } from './arbitrary-map';

/**
 * The comparison's lineage (compareSteps, the removed stocks) against a reference written
 * straight from the rules in compare-steps.ts and lineage.ts, with a set or a search wherever the
 * engine keeps flat arrays and stamps for speed. The future maps name origins of every sort: on the
 * current map or not, merges that name an origin twice or none found, nodes that keep a current
 * node's id, steps that became stocks and stocks that became steps.
 */
type Lineage = { originId: Id | null; mergedOriginIds?: Id[] };

function referenceOrigins(current: MapDocument, node: MapNode): MapNode[] {
  const byId = new Map(current.nodes.map((candidate) => [candidate.id, candidate]));
  const found = originsOf(node).flatMap((id) => byId.get(id) ?? []);
  if (found.length > 0) return found;
  const same = byId.get(node.id);
  return same ? [same] : [];
}

/** The text, then every field of the data box in the schema's order, where before and after differ. */
function fieldChanges(before: ProcessNode, after: ProcessNode): FieldChange[] {
  const text: FieldChange[] = before.text === after.text ? [] : [{ field: 'text', before: before.text, after: after.text }];
  const fields = Object.keys(ProcessDataSchema.shape).filter((field): field is keyof ProcessData => field in ProcessDataSchema.shape);
  return [
    ...text,
    ...fields.flatMap((field) => {
      const [was, now] = [before.process[field] ?? null, after.process[field] ?? null];
      return was === now ? [] : [{ field, before: was, after: now }];
    }),
  ];
}

function referenceSteps(current: MapDocument, future: MapDocument): StepComparison {
  const ref = (node: MapNode): StepRef => ({ nodeId: node.id, label: nodeLabel(node) });
  const futureSteps = future.nodes.filter(isProcessNode);
  const sourcesOf = (step: ProcessNode) => referenceOrigins(current, step).filter(isProcessNode);
  const descendantsOf = (step: ProcessNode) => futureSteps.filter((candidate) => sourcesOf(candidate).includes(step));
  const result: StepComparison = { removed: [], added: [], changed: [], unchanged: [], merged: [], split: [] };
  for (const step of futureSteps) {
    const sources = sourcesOf(step);
    const [only] = sources;
    if (sources.length > 1) result.merged.push({ currentSteps: sources.map(ref), future: ref(step) });
    else if (!only) result.added.push(ref(step));
    else if (descendantsOf(only).length === 1) {
      const pair = { current: ref(only), future: ref(step) };
      const fields = fieldChanges(only, step);
      if (fields.length > 0) result.changed.push({ ...pair, fields });
      else result.unchanged.push(pair);
    }
  }
  for (const step of current.nodes.filter(isProcessNode)) {
    const descendants = descendantsOf(step);
    if (descendants.length === 0) result.removed.push(ref(step));
    else if (descendants.length > 1) result.split.push({ current: ref(step), futureSteps: descendants.map(ref) });
  }
  return result;
}

function referenceRemovedStocks(current: MapDocument, future: MapDocument): Id[] {
  const kept = new Set(future.nodes.filter(isStockNode).flatMap((stock) => referenceOrigins(current, stock).map((origin) => origin.id)));
  return current.nodes.filter((node) => isStockNode(node) && !kept.has(node.id)).map((node) => node.id);
}

/** Ids on the current map, one that is not, and the kinds of lineage a future node can carry. */
const arbitraryLineage = (currentIds: Id[]): fc.Arbitrary<Lineage> => {
  const id = fc.constantFrom(...currentIds, 'gone');
  return fc.oneof(
    fc.constant({ originId: null }),
    id.map((originId) => ({ originId })),
    fc.record({ originId: fc.option(id, { nil: null }), mergedOriginIds: fc.array(id, { maxLength: 4 }) }),
  );
};

const arbitraryPair = fc
  .tuple(arbitraryMap, arbitraryMap)
  .chain(([current, future]) =>
    fc.tuple(
      fc.constant(current),
      fc.constant(future),
      fc.array(arbitraryLineage(current.nodes.map((node) => node.id)), {
        minLength: future.nodes.length,
        maxLength: future.nodes.length,
      }),
    ),
  )
  .map(([current, future, lineage]): [MapDocument, MapDocument] => [
    current,
    { ...future, nodes: future.nodes.map((node, index) => ({ ...node, ...lineage[index] })) },
  ]);

describe('lineage against a reference written from its rules (fast-check)', () => {
  it('sorts steps into removed, added, changed, unchanged, merged and split as the reference does', () => {
    fc.assert(
      fc.property(arbitraryPair, ([current, future]) => {
        expect(compareMaps(current, future).steps).toEqual(referenceSteps(current, future));
      }),
      { numRuns: 500 },
    );
  });

  it('lists the stocks no future stock derives from as the reference does', () => {
    fc.assert(
      fc.property(arbitraryPair, ([current, future]) => {
        expect(compareMaps(current, future).inventoryRemoved.map((stock) => stock.nodeId)).toEqual(referenceRemovedStocks(current, future));
      }),
      { numRuns: 500 },
    );
  });
});
