import type { MapDocument } from '../../model/vsm-map';
import { ACME_CURRENT_MAP_ID, ACME_WORKING_DAY } from './acme-stamping-current';
import { arrow, exampleMap, plain, processBox, stock, truck } from './example-builder';

/**
 * Acme Stamping, future state, after Rother and Shook, "Learning to See" (1999): daily coil
 * deliveries into a coil supermarket, stamping building to a supermarket of stamped parts, the two
 * welders and two assembly stations merged into one continuous-flow cell paced to takt, and a
 * finished-goods supermarket that shipping pulls from.
 *
 * The figures are our reading of the book's future state, not checked against the printed page:
 * coils 2 days; 1.5 days (1,380 pieces at 920 a day) in each of the two supermarkets; stamping
 * changeover cut to 10 minutes; the cell's work content cut from 187 s to 168 s and shared by 3
 * operators at a 56 s cycle, inside the 60 s takt. The tests work the totals out by hand from
 * these inputs (5 days, 169 s) rather than cite a figure we could not verify.
 *
 * Lineage: each node's originId is the current-state node it comes from; the cell records its
 * merge of four stations as originId Weld #1 plus mergedOriginIds.
 */
const ROW = 400;
const SHIFTS = { shifts: 2, availableTimePerShift: 27_600 };
const DAYS_OF_DEMAND_1_5 = 1_380;

export function acmeStampingFutureState(): MapDocument {
  return exampleMap(
    {
      id: 'acme-future',
      name: 'Acme Stamping – future state',
      state: 'future',
      derivedFromMapId: ACME_CURRENT_MAP_ID,
      settings: {
        demandPerPeriod: 18_400,
        demandUnit: 'pcs',
        workingDaysPerPeriod: 20,
        workingTimePerDay: ACME_WORKING_DAY,
      },
    },
    [
      plain('supplier', {
        id: 'acme-f-supplier',
        text: 'Michigan Steel Co.\n500-ft coils',
        x: 40,
        y: 40,
        originId: 'acme-supplier',
      }),
      plain('production-control', {
        id: 'acme-f-control',
        text: 'Production Control',
        x: 520,
        y: 40,
        originId: 'acme-control',
      }),
      plain('customer', {
        id: 'acme-f-customer',
        text: 'State Street\nAssembly\n18,400 pcs/month',
        x: 1010,
        y: 40,
        originId: 'acme-customer',
      }),
      truck({ id: 'acme-f-truck-in', text: 'Daily', x: 55, y: 210, originId: 'acme-truck-in' }, 'daily'),
      truck({ id: 'acme-f-truck-out', text: '1x daily', x: 1025, y: 210, originId: 'acme-truck-out' }, 'daily'),
      plain('sticky-note', { id: 'acme-f-leveling', text: 'Load-leveling box\nOXOX, 20-piece pitch', x: 700, y: 200 }),
      stock(
        'supermarket',
        { id: 'acme-f-coils', text: 'Coils\n2 days', x: 65, y: ROW + 5, originId: 'acme-coils' },
        { waitTime: 2 * ACME_WORKING_DAY },
      ),
      processBox(
        { id: 'acme-f-stamping', text: 'Stamping\nEPE = shift', x: 200, y: ROW, originId: 'acme-stamping' },
        { cycleTime: 1, changeoverTime: 600, uptime: 100, operators: 1, ...SHIFTS },
      ),
      stock(
        'supermarket',
        { id: 'acme-f-stamped', text: 'Stamped parts\n1.5 days', x: 410, y: ROW + 5, originId: 'acme-inv-stamped' },
        { quantity: DAYS_OF_DEMAND_1_5, unit: 'pcs' },
      ),
      processBox(
        {
          id: 'acme-f-cell',
          text: 'Weld + Assembly cell',
          x: 550,
          y: ROW,
          originId: 'acme-weld-1',
          mergedOriginIds: ['acme-weld-2', 'acme-assembly-1', 'acme-assembly-2'],
        },
        { cycleTime: 56, processTime: 168, changeoverTime: 0, uptime: 100, operators: 3, ...SHIFTS },
      ),
      stock(
        'supermarket',
        { id: 'acme-f-finished', text: 'Finished goods\n1.5 days', x: 760, y: ROW + 5, originId: 'acme-inv-staging' },
        { quantity: DAYS_OF_DEMAND_1_5, unit: 'pcs' },
      ),
      processBox({ id: 'acme-f-shipping', text: 'Shipping\nStaging', x: 900, y: ROW, originId: 'acme-shipping' }, { processTime: 0, ...SHIFTS }),
      plain('kaizen-burst', { id: 'acme-f-kb-changeover', text: 'Changeover reduction', x: 205, y: 250 }),
      plain('kaizen-burst', { id: 'acme-f-kb-flow', text: 'Continuous flow: work content to 168 s', x: 400, y: 530 }),
      plain('kaizen-burst', { id: 'acme-f-kb-weld-changeover', text: 'Eliminate weld changeover', x: 560, y: 530 }),
      plain('kaizen-burst', { id: 'acme-f-kb-uptime', text: 'Weld uptime', x: 720, y: 530 }),
    ],
    [
      arrow('acme-f-f01', 'push', 'acme-f-supplier', 'acme-f-truck-in', '', 'acme-f01'),
      arrow('acme-f-f02', 'push', 'acme-f-truck-in', 'acme-f-coils', '', 'acme-f02'),
      arrow('acme-f-f03', 'pull', 'acme-f-coils', 'acme-f-stamping', 'Withdrawal', 'acme-f03'),
      arrow('acme-f-f04', 'pull', 'acme-f-stamping', 'acme-f-stamped', '', 'acme-f04'),
      arrow('acme-f-f05', 'pull', 'acme-f-stamped', 'acme-f-cell', 'Withdrawal', 'acme-f05'),
      arrow('acme-f-f06', 'pull', 'acme-f-cell', 'acme-f-finished', '', 'acme-f12'),
      arrow('acme-f-f07', 'pull', 'acme-f-finished', 'acme-f-shipping', 'Withdrawal', 'acme-f13'),
      arrow('acme-f-f08', 'push', 'acme-f-shipping', 'acme-f-truck-out', '', 'acme-f14'),
      arrow('acme-f-f09', 'push', 'acme-f-truck-out', 'acme-f-customer', '', 'acme-f15'),
      arrow('acme-f-i01', 'electronic-info', 'acme-f-customer', 'acme-f-control', '90/60/30-day forecasts · daily order', 'acme-i01'),
      arrow('acme-f-i02', 'electronic-info', 'acme-f-control', 'acme-f-supplier', '6-week forecast · daily order', 'acme-i02'),
      arrow('acme-f-i03', 'manual-info', 'acme-f-control', 'acme-f-leveling', 'Daily order'),
      arrow('acme-f-i04', 'manual-info', 'acme-f-leveling', 'acme-f-cell', 'Production kanban'),
      arrow('acme-f-i05', 'manual-info', 'acme-f-stamped', 'acme-f-stamping', 'Signal kanban'),
      arrow('acme-f-i06', 'manual-info', 'acme-f-leveling', 'acme-f-shipping', 'Withdrawal kanban'),
    ],
  );
}
