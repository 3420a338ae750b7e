import fc from 'fast-check';
import type { Connector } from '../../../shared/model/connector';
import { CONNECTOR_KINDS } from '../../../shared/model/connector';
import type { MapNode } from '../../../shared/model/map-node';
import { STOCK_KINDS } from '../../../shared/model/map-node';
import type { MapDocument } from '../../../shared/model/vsm-map';
import { arrow } from '../../../shared/vsm/examples/example-builder';
import { mapOf, other, step, wait } from './build';

/**
 * Random maps for property tests: any mix of steps, stocks, boundaries, trucks and notes, with
 * any data missing or present, joined by random arrows of every kind, cycles included.
 */
const seconds = fc.option(fc.double({ min: 0, max: 1e7, noNaN: true }), { nil: undefined });
const percent = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined });
const count = fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined });

const processData = fc.record({
  cycleTime: seconds,
  processTime: seconds,
  leadTime: seconds,
  percentCompleteAccurate: percent,
  operators: count,
});
const inventoryData = fc.record({ quantity: count, waitTime: seconds });

const nodeAt = (id: string): fc.Arbitrary<MapNode> =>
  fc.oneof(
    { arbitrary: processData.map((data) => step(id, data)), weight: 4 },
    {
      arbitrary: fc.tuple(fc.constantFrom(...STOCK_KINDS), inventoryData).map(([kind, data]) => wait(id, data, kind)),
      weight: 3,
    },
    {
      arbitrary: fc.constantFrom('supplier', 'customer', 'outside-source', 'sticky-note', 'kaizen-burst').map((kind) => other(kind, id)),
      weight: 2,
    },
  );

const settings = fc.record({
  demandPerPeriod: count,
  workingDaysPerPeriod: fc.option(fc.integer({ min: 1, max: 31 }), { nil: undefined }),
  workingTimePerDay: fc.option(fc.integer({ min: 1, max: 86_400 }), { nil: undefined }),
});

export const arbitraryMap: fc.Arbitrary<MapDocument> = fc
  .integer({ min: 0, max: 14 })
  .chain((size) =>
    fc.tuple(
      fc.tuple(...Array.from({ length: size }, (_, i) => nodeAt(`n${i}`))),
      fc.array(fc.tuple(fc.nat(size), fc.nat(size), fc.constantFrom(...CONNECTOR_KINDS)), { maxLength: size * 2 }),
      settings,
    ),
  )
  .map(([nodes, links, mapSettings]) => {
    const connectors: Connector[] = links
      .filter(([from, to]) => from !== to && from < nodes.length && to < nodes.length)
      .map(([from, to, kind], i) => arrow(`c${i}`, kind, `n${from}`, `n${to}`));
    return mapOf(nodes, connectors, mapSettings);
  });
