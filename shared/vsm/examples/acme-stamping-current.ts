import type { MapDocument } from '../../model/vsm-map';
import { arrow, exampleMap, plain, processBox, stock, truck } from './example-builder';

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
const SHIFTS = { shifts: 2, availableTimePerShift: 27_600 };
/** Two shifts of 27,600 s: the length of one of the book's inventory "days". */
export const ACME_WORKING_DAY = 2 * 27_600;

export const ACME_CURRENT_MAP_ID = 'acme-current';

export function acmeStampingCurrentState(): MapDocument {
  const weekly = 'Weekly schedule';
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
    [
      plain('supplier', { id: 'acme-supplier', text: 'Michigan Steel Co.\n500-ft coils', x: 40, y: 40 }),
      plain('production-control', { id: 'acme-control', text: 'Production Control\nMRP', x: 880, y: 40 }),
      plain('customer', {
        id: 'acme-customer',
        text: 'State Street Assembly\n18,400 pcs/month\n12,000 L · 6,400 R\nTray = 20 pcs, 2 shifts',
        x: 1790,
        y: 40,
      }),
      truck({ id: 'acme-truck-in', text: 'Tues. + Thurs.', x: 55, y: 210 }, 'Tuesday and Thursday'),
      truck({ id: 'acme-truck-out', text: '1x daily', x: 1805, y: 210 }, 'daily'),
      stock(
        'inventory',
        { id: 'acme-coils', text: 'Coils\n5 days', x: 60, y: TRIANGLE_ROW },
        { waitTime: 5 * ACME_WORKING_DAY },
      ),
      processBox(
        { id: 'acme-stamping', text: 'Stamping\n200-t press', x: 180, y: ROW },
        { cycleTime: 1, changeoverTime: 3_600, uptime: 85, operators: 1, ...SHIFTS },
      ),
      stock(
        'inventory',
        { id: 'acme-inv-stamped', text: 'Stampings\n4,600 L · 2,400 R', x: 380, y: TRIANGLE_ROW },
        { quantity: 7_000, unit: 'pcs' },
      ),
      processBox(
        { id: 'acme-weld-1', text: 'S. Weld #1', x: 500, y: ROW },
        { cycleTime: 39, changeoverTime: 600, uptime: 100, operators: 1, ...SHIFTS },
      ),
      stock(
        'inventory',
        { id: 'acme-inv-weld-1', text: 'After weld #1\n1,100 L · 600 R', x: 700, y: TRIANGLE_ROW },
        { quantity: 1_700, unit: 'pcs' },
      ),
      processBox(
        { id: 'acme-weld-2', text: 'S. Weld #2', x: 820, y: ROW },
        { cycleTime: 46, changeoverTime: 600, uptime: 80, operators: 1, ...SHIFTS },
      ),
      stock(
        'inventory',
        { id: 'acme-inv-weld-2', text: 'After weld #2\n1,600 L · 850 R', x: 1020, y: TRIANGLE_ROW },
        { quantity: 2_450, unit: 'pcs' },
      ),
      processBox(
        { id: 'acme-assembly-1', text: 'Assembly #1', x: 1140, y: ROW },
        { cycleTime: 62, changeoverTime: 0, uptime: 100, operators: 1, ...SHIFTS },
      ),
      stock(
        'inventory',
        { id: 'acme-inv-assembly-1', text: 'After assembly #1\n1,200 L · 640 R', x: 1340, y: TRIANGLE_ROW },
        { quantity: 1_840, unit: 'pcs' },
      ),
      processBox(
        { id: 'acme-assembly-2', text: 'Assembly #2', x: 1460, y: ROW },
        { cycleTime: 40, changeoverTime: 0, uptime: 100, operators: 1, ...SHIFTS },
      ),
      stock(
        'inventory',
        { id: 'acme-inv-staging', text: 'Shipping staging\n2,700 L · 1,440 R', x: 1660, y: TRIANGLE_ROW },
        { quantity: 4_140, unit: 'pcs' },
      ),
      processBox({ id: 'acme-shipping', text: 'Shipping\nStaging', x: 1780, y: ROW }, { processTime: 0, ...SHIFTS }),
    ],
    [
      arrow('acme-f01', 'push', 'acme-supplier', 'acme-truck-in'),
      arrow('acme-f02', 'push', 'acme-truck-in', 'acme-coils'),
      arrow('acme-f03', 'push', 'acme-coils', 'acme-stamping'),
      arrow('acme-f04', 'push', 'acme-stamping', 'acme-inv-stamped'),
      arrow('acme-f05', 'push', 'acme-inv-stamped', 'acme-weld-1'),
      arrow('acme-f06', 'push', 'acme-weld-1', 'acme-inv-weld-1'),
      arrow('acme-f07', 'push', 'acme-inv-weld-1', 'acme-weld-2'),
      arrow('acme-f08', 'push', 'acme-weld-2', 'acme-inv-weld-2'),
      arrow('acme-f09', 'push', 'acme-inv-weld-2', 'acme-assembly-1'),
      arrow('acme-f10', 'push', 'acme-assembly-1', 'acme-inv-assembly-1'),
      arrow('acme-f11', 'push', 'acme-inv-assembly-1', 'acme-assembly-2'),
      arrow('acme-f12', 'push', 'acme-assembly-2', 'acme-inv-staging'),
      arrow('acme-f13', 'push', 'acme-inv-staging', 'acme-shipping'),
      arrow('acme-f14', 'push', 'acme-shipping', 'acme-truck-out'),
      arrow('acme-f15', 'push', 'acme-truck-out', 'acme-customer'),
      arrow('acme-i01', 'electronic-info', 'acme-customer', 'acme-control', '90/60/30-day forecasts · daily order'),
      arrow('acme-i02', 'electronic-info', 'acme-control', 'acme-supplier', '6-week forecast · weekly fax'),
      arrow('acme-i03', 'manual-info', 'acme-control', 'acme-stamping', weekly),
      arrow('acme-i04', 'manual-info', 'acme-control', 'acme-weld-1', weekly),
      arrow('acme-i05', 'manual-info', 'acme-control', 'acme-weld-2', weekly),
      arrow('acme-i06', 'manual-info', 'acme-control', 'acme-assembly-1', weekly),
      arrow('acme-i07', 'manual-info', 'acme-control', 'acme-assembly-2', weekly),
      arrow('acme-i08', 'manual-info', 'acme-control', 'acme-shipping', 'Daily ship schedule'),
    ],
  );
}
