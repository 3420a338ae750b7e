import type { Connector } from '../../shared/model/connector';
import type { MapNode } from '../../shared/model/map-node';
import type { MapDocument } from '../../shared/model/vsm-map';
import { deriveFutureState } from '../../shared/vsm';
import { arrow, exampleMap, plain, processBox, stock } from '../../shared/vsm/examples/example-builder';

/**
 * A value stream of `steps` process boxes for benchmarks: supplier, then each step followed by
 * an inventory, every tenth step with a parallel branch that rejoins it, a rework arrow every
 * fiftieth step, production control sending a schedule to every tenth step, and a customer.
 */
export function generateValueStream(steps: number): MapDocument {
  const nodes: MapNode[] = [
    plain('supplier', { id: 'S', text: 'Supplier', x: 0, y: 0 }),
    plain('production-control', { id: 'PC', text: 'PC', x: 0, y: 0 }),
  ];
  const connectors: Connector[] = [];
  let previous = 'S';
  for (let i = 0; i < steps; i += 1) {
    const id = `p${i}`;
    nodes.push(
      processBox(
        { id, text: `Step ${i}`, x: i * 240, y: 400 },
        { cycleTime: 20 + (i % 37), changeoverTime: 600, uptime: 90, operators: 1, percentCompleteAccurate: 99 },
      ),
    );
    nodes.push(stock('inventory', { id: `q${i}`, text: `WIP ${i}`, x: i * 240 + 170, y: 410 }, { quantity: 50 + (i % 13) * 10 }));
    connectors.push(arrow(`f${i}`, 'push', previous, id), arrow(`g${i}`, 'push', id, `q${i}`));
    if (i % 10 === 0) {
      nodes.push(processBox({ id: `b${i}`, text: `Branch ${i}`, x: i * 240, y: 600 }, { cycleTime: 15 }));
      connectors.push(arrow(`bf${i}`, 'push', previous, `b${i}`), arrow(`bj${i}`, 'push', `b${i}`, id), arrow(`i${i}`, 'manual-info', 'PC', id));
    }
    if (i % 50 === 49) connectors.push(arrow(`r${i}`, 'push', `q${i}`, `p${i - 5}`));
    previous = `q${i}`;
  }
  nodes.push(plain('customer', { id: 'E', text: 'Customer', x: steps * 240, y: 0 }));
  connectors.push(arrow('fE', 'push', previous, 'E'));
  return exampleMap(
    {
      id: 'bench',
      name: 'Benchmark',
      state: 'current',
      derivedFromMapId: null,
      settings: { demandPerPeriod: 18_400, workingDaysPerPeriod: 20, workingTimePerDay: 55_200 },
    },
    nodes,
    connectors,
  );
}

/**
 * Its future state: derived with lineage, then every step p(k) with k = 3 (mod 4) merged into
 * p(k-1), and the inventory that stood between them removed.
 */
export function generateFutureState(current: MapDocument, steps: number): MapDocument {
  let serial = 0;
  const future = deriveFutureState(current, { newId: () => `x${(serial += 1)}`, now: '2026-01-01T00:00:00.000Z' });
  const copyOf = new Map(future.nodes.map((node) => [node.originId, node.id]));
  const absorbedInto = new Map<string, string>();
  const mergedInto = new Map<string, string>();
  const removedStocks = new Set<string>();
  for (let k = 3; k < steps; k += 4) {
    const [step, stockBefore, keeper] = [copyOf.get(`p${k}`), copyOf.get(`q${k - 1}`), copyOf.get(`p${k - 1}`)];
    if (!step || !stockBefore || !keeper) continue;
    absorbedInto.set(step, keeper);
    mergedInto.set(keeper, `p${k}`);
    removedStocks.add(stockBefore);
  }
  const redirect = (id: string) => absorbedInto.get(id) ?? id;
  return {
    ...future,
    nodes: future.nodes
      .filter((node) => !absorbedInto.has(node.id) && !removedStocks.has(node.id))
      .map((node) => {
        const merged = mergedInto.get(node.id);
        return merged ? { ...node, mergedOriginIds: [merged] } : node;
      }),
    connectors: future.connectors
      .filter((c) => !removedStocks.has(c.fromId) && !removedStocks.has(c.toId))
      .map((c) => ({ ...c, fromId: redirect(c.fromId), toId: redirect(c.toId) })),
  };
}
