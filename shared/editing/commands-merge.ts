import type { Connector } from '../model/connector';
import type { Id } from '../model/ids';
import type { MapNode, ProcessData, ProcessNode } from '../model/map-node';
import type { MapDocument } from '../model/vsm-map';
import { originsOf } from '../vsm/lineage';
import { flowRole, isMaterialFlow, isProcessNode, nodeLabel } from '../vsm/node-roles';
import { stepTimes } from '../vsm/step-times';
import { definedOnly } from '../util/defined-only';
import type { MapChange } from './map-change';

/**
 * Merging process steps into one, as a future state combines stations into a continuous-flow
 * cell. The first step from the left (then from the top) stays, under its own id, and takes the
 * others' place; the others go.
 *
 * - Lineage: the merged step keeps its originId and records every other origin of the steps it
 *   absorbed in `mergedOriginIds`, which is how compareMaps tells a merge from a removal.
 * - Connectors: an arrow between two merged steps goes; an arrow from or to a merged step now
 *   ends at the merged one; one that would then repeat an existing arrow between the same two
 *   nodes goes instead, and so does a material arrow back into the merged step from a node it
 *   feeds (material that left one station for a stock and came back to the next). A stock whose
 *   material arrows all join merged steps (the inventory between two stations) goes too: a flow
 *   cell holds none.
 * - Data box: the work content adds up (process time, operators, stated lead times); the slowest
 *   station paces the cell (cycle time, changeover); the cell runs only when every station runs
 *   and passes work only when every station gets it right (uptime and %C&A multiply); it has the
 *   most shifts, the least time per shift and the smallest batch of the stations. These are the
 *   starting figures for the room to rebalance, not a prediction: the summed process time is
 *   marked as such, and gives way to the cell's cycle time once the room types one
 *   (vsm/cell-process-time.ts).
 */
export type MergeResult = { changes: MapChange[]; mergedId: Id | null };

function byPosition(a: MapNode, b: MapNode): number {
  return a.x - b.x || a.y - b.y;
}

function known(values: readonly (number | null | undefined)[]): number[] {
  return values.filter((value): value is number => typeof value === 'number');
}

function combine(values: readonly (number | null | undefined)[], how: (numbers: number[]) => number): number | undefined {
  const numbers = known(values);
  return numbers.length === 0 ? undefined : how(numbers);
}

const sum = (numbers: number[]) => numbers.reduce((total, value) => total + value, 0);
const product = (percents: number[]) => percents.reduce((total, percent) => (total * percent) / 100, 100);

export function mergedProcessData(steps: readonly ProcessNode[]): ProcessData {
  const data = steps.map((step) => step.process);
  const times = data.map(stepTimes);
  const anyStatedLead = data.some((process) => process.leadTime !== undefined);
  const merged: ProcessData = {
    processTime: combine(
      times.map((time) => time.processTime),
      sum,
    ),
    cycleTime: combine(
      times.map((time) => time.cycleTime),
      (numbers) => Math.max(...numbers),
    ),
    leadTime: anyStatedLead
      ? combine(
          times.map((time) => time.leadTime),
          sum,
        )
      : undefined,
    changeoverTime: combine(
      data.map((process) => process.changeoverTime),
      (numbers) => Math.max(...numbers),
    ),
    uptime: combine(
      data.map((process) => process.uptime),
      product,
    ),
    operators: combine(
      data.map((process) => process.operators),
      sum,
    ),
    shifts: combine(
      data.map((process) => process.shifts),
      (numbers) => Math.max(...numbers),
    ),
    availableTimePerShift: combine(
      data.map((process) => process.availableTimePerShift),
      (numbers) => Math.min(...numbers),
    ),
    batchSize: combine(
      data.map((process) => process.batchSize),
      (numbers) => Math.min(...numbers),
    ),
    percentCompleteAccurate: combine(
      data.map((process) => process.percentCompleteAccurate),
      product,
    ),
  };
  return definedOnly(merged);
}

function mergedNode(steps: readonly ProcessNode[]): ProcessNode {
  const [first] = steps;
  if (!first) throw new Error('Nothing to merge');
  const [originId = null, ...others] = [...new Set(steps.flatMap(originsOf))];
  const { mergedOriginIds: _previous, processTimeFrom: _sum, ...rest } = first;
  const process = mergedProcessData(steps);
  return {
    ...rest,
    text: steps.map(nodeLabel).join(' + '),
    originId,
    ...(others.length > 0 ? { mergedOriginIds: others } : {}),
    process,
    ...(process.processTime !== undefined ? { processTimeFrom: 'merged-steps' as const } : {}),
  };
}

/** Stocks whose material arrows, at least one in and one out, all join steps being merged. */
function stocksInside(doc: MapDocument, merging: ReadonlySet<Id>): Set<Id> {
  const inside = new Set<Id>();
  for (const node of doc.nodes) {
    if (flowRole(node.kind) !== 'stock') continue;
    const flows = doc.connectors.filter(
      (connector) => isMaterialFlow(connector.kind) && (connector.fromId === node.id || connector.toId === node.id),
    );
    const ins = flows.filter((connector) => connector.toId === node.id);
    const outs = flows.filter((connector) => connector.fromId === node.id);
    const allToMerged = flows.every((connector) => merging.has(connector.fromId === node.id ? connector.toId : connector.fromId));
    if (ins.length > 0 && outs.length > 0 && allToMerged) inside.add(node.id);
  }
  return inside;
}

export function mergeSteps(doc: MapDocument, ids: readonly Id[]): MergeResult {
  const wanted = new Set(ids);
  const steps = doc.nodes
    .filter((node) => wanted.has(node.id))
    .filter(isProcessNode)
    .sort(byPosition);
  const [survivor] = steps;
  if (!survivor || steps.length < 2) return { changes: [], mergedId: null };

  const merging = new Set(steps.map((step) => step.id));
  const doomed = new Set([...merging, ...stocksInside(doc, merging)]);
  doomed.delete(survivor.id);
  const target = (id: Id): Id => (merging.has(id) ? survivor.id : id);

  const untouched = doc.connectors.filter((connector) => !doomed.has(connector.fromId) && !doomed.has(connector.toId));
  const joined = new Set(untouched.map(ends));
  const dropped: MapChange[] = [];
  const moved: Connector[] = [];
  for (const connector of doc.connectors) {
    if (!doomed.has(connector.fromId) && !doomed.has(connector.toId)) continue;
    const next: Connector = { ...connector, fromId: target(connector.fromId), toId: target(connector.toId) };
    const valid = !doomed.has(next.fromId) && !doomed.has(next.toId) && next.fromId !== next.toId && !joined.has(ends(next));
    if (valid) {
      joined.add(ends(next));
      moved.push(next);
    } else {
      dropped.push({ op: 'removeConnector', id: connector.id });
    }
  }
  // Material that left the cell for a node and came back into the cell was moving inside it.
  const outflows = new Set([...untouched, ...moved].filter((c) => c.fromId === survivor.id && isMaterialFlow(c.kind)).map((c) => c.toId));
  const backIntoCell = (c: Connector) => c.toId === survivor.id && isMaterialFlow(c.kind) && outflows.has(c.fromId);
  for (const connector of moved.filter(backIntoCell)) dropped.push({ op: 'removeConnector', id: connector.id });
  const redirected: MapChange[] = moved.filter((c) => !backIntoCell(c)).map((connector) => ({ op: 'putConnector', connector }));
  const removed: MapChange[] = doc.nodes.filter((node) => doomed.has(node.id)).map((node) => ({ op: 'removeNode', id: node.id }));
  return { changes: [...dropped, ...redirected, { op: 'putNode', node: mergedNode(steps) }, ...removed], mergedId: survivor.id };
}

function ends(connector: Connector): string {
  return `${connector.fromId}\u0000${connector.toId}`;
}
