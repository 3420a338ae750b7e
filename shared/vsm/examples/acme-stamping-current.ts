import type { MapDocument } from '../../model/vsm-map';
import { arrow, exampleMap, flowChain, plain, processBox, stock, truck } from './example-builder';

/**
 * Acme Stamping, current state: the worked example of Mike Rother and John Shook, "Learning to
 * See" (Lean Enterprise Institute, 1999). Steel brackets (LH and RH) for State Street Assembly.
 *
 * Inputs as the book states them: 18,400 pieces a month (12,000 LH + 6,400 RH) over 20 working
 * days, two shifts of 27,600 s available time (so a working day is 55,200 s and takt is 60 s);
 * the data boxes' cycle times, changeovers and uptimes; 5 days of coils; the LH + RH counts of
 * every inventory triangle. Inventory days are not typed in: the engine works them out from the
 * counts, as the book did. Shipping has no time in the book, so its box says 0 s. One operator a
 * station is our reading of the book's operator icons and the Acme data set.
 *
 * Layout: supplier top-left, production control top-centre, customer top-right, trucks below
 * them, the process row left to right with an inventory triangle between each pair of boxes.
 */
const ROW = 400;
const TRIANGLE_ROW = ROW + 10;
const PITCH = 320;
const SHIFTS = { shifts: 2, availableTimePerShift: 27_600 };
/** Two shifts of 27,600 s: the length of one of the book's inventory "days". */
export const ACME_WORKING_DAY = 2 * 27_600;

export const ACME_CURRENT_MAP_ID = 'acme-current';

/** The data boxes: id, name, C/T (s), C/O (s), uptime (%). */
const STATIONS = [
  ['acme-stamping', 'Stamping\n200-t press', 1, 3_600, 85],
  ['acme-weld-1', 'S. Weld #1', 39, 600, 100],
  ['acme-weld-2', 'S. Weld #2', 46, 600, 80],
  ['acme-assembly-1', 'Assembly #1', 62, 0, 100],
  ['acme-assembly-2', 'Assembly #2', 40, 0, 100],
] as const;

/** The triangle after each station: id, text, pieces (LH + RH). */
const TRIANGLES = [
  ['acme-inv-stamped', 'Stampings\n4,600 L · 2,400 R', 4_600 + 2_400],
  ['acme-inv-weld-1', 'After weld #1\n1,100 L · 600 R', 1_100 + 600],
  ['acme-inv-weld-2', 'After weld #2\n1,600 L · 850 R', 1_600 + 850],
  ['acme-inv-assembly-1', 'After assembly #1\n1,200 L · 640 R', 1_200 + 640],
  ['acme-inv-staging', 'Shipping staging\n2,700 L · 1,440 R', 2_700 + 1_440],
] as const;

export function acmeStampingCurrentState(): MapDocument {
  const stations = STATIONS.map(([id, text, cycleTime, changeoverTime, uptime], i) =>
    processBox({ id, text, x: 180 + i * PITCH, y: ROW }, { cycleTime, changeoverTime, uptime, operators: 1, ...SHIFTS }),
  );
  const triangles = TRIANGLES.map(([id, text, quantity], i) =>
    stock('inventory', { id, text, x: 380 + i * PITCH, y: TRIANGLE_ROW }, { quantity, unit: 'pcs' }),
  );
  const line = stations.flatMap((station, i) => [station, ...triangles.slice(i, i + 1)]);
  const shipping = processBox({ id: 'acme-shipping', text: 'Shipping\nStaging', x: 1780, y: ROW }, { processTime: 0, ...SHIFTS });
  const coils = stock('inventory', { id: 'acme-coils', text: 'Coils\n5 days', x: 60, y: TRIANGLE_ROW }, { waitTime: 5 * ACME_WORKING_DAY });
  const ends = {
    supplier: plain('supplier', { id: 'acme-supplier', text: 'Michigan Steel Co.\n500-ft coils', x: 40, y: 40 }),
    control: plain('production-control', { id: 'acme-control', text: 'Production Control\nMRP', x: 880, y: 40 }),
    customer: plain('customer', {
      id: 'acme-customer',
      text: 'State Street\nAssembly\n18,400 pcs/month',
      x: 1790,
      y: 40,
    }),
    truckIn: truck({ id: 'acme-truck-in', text: 'Tues. + Thurs.', x: 55, y: 210 }, '2× week'),
    truckOut: truck({ id: 'acme-truck-out', text: '1x daily', x: 1805, y: 210 }, 'daily'),
  };
  const material = [ends.supplier, ends.truckIn, coils, ...line, shipping, ends.truckOut, ends.customer];
  const schedules = stations.map((station, i) => arrow(`acme-i0${i + 3}`, 'manual-info', 'acme-control', station.id, 'Weekly schedule'));

  return exampleMap(
    {
      id: ACME_CURRENT_MAP_ID,
      name: 'Acme Stamping – current state',
      state: 'current',
      derivedFromMapId: null,
      settings: {
        demandPerPeriod: 18_400,
        demandUnit: 'pcs',
        workingDaysPerPeriod: 20,
        workingTimePerDay: ACME_WORKING_DAY,
      },
    },
    [ends.supplier, ends.control, ends.customer, ends.truckIn, ends.truckOut, coils, ...line, shipping],
    [
      ...flowChain(
        'acme-f',
        'push',
        material.map((node) => node.id),
      ),
      arrow('acme-i01', 'electronic-info', 'acme-customer', 'acme-control', '90/60/30-day forecasts · daily order'),
      arrow('acme-i02', 'electronic-info', 'acme-control', 'acme-supplier', '6-week forecast · weekly fax'),
      ...schedules,
      arrow('acme-i08', 'manual-info', 'acme-control', 'acme-shipping', 'Daily ship schedule'),
    ],
  );
}
