import type { MapDocument } from '../../model/vsm-map';
import { arrow, exampleMap, plain, processBox } from './example-builder';

/**
 * An office value stream in the style of Karen Martin and Mike Osterling, "Value Stream
 * Mapping" (McGraw-Hill, 2014): custom orders from arrival to invoice. Each box gives its
 * process time (hands-on work), its lead time (from the work arriving to it leaving, queue
 * included) and its %C&A (the share of work the next step can use as it comes). The figures are
 * invented for teaching, not taken from the book; the tests work the totals out by hand.
 *
 * 200 orders a month over 20 days of 8 hours: takt is 48 minutes. Three engineers share the
 * reviews, so the review's 2 hours of work leave one order every 40 minutes (its cycle time).
 */
const HOUR = 3_600;
const DAY = 8 * HOUR;
const ROW = 400;

export function officeOrderFulfilment(): MapDocument {
  const system = 'ERP';
  return exampleMap(
    {
      id: 'office-orders',
      name: 'Custom order fulfilment – current state',
      state: 'current',
      derivedFromMapId: null,
      settings: { demandPerPeriod: 200, demandUnit: 'orders', workingDaysPerPeriod: 20, workingTimePerDay: DAY },
    },
    [
      plain('outside-source', { id: 'office-requests', text: 'Order requests\ne-mail, web shop, phone', x: 40, y: 40 }),
      plain('production-control', { id: 'office-erp', text: 'Order management\nERP', x: 560, y: 40 }),
      plain('customer', { id: 'office-customer', text: 'Customer\n200 orders/month', x: 1150, y: 40 }),
      processBox(
        { id: 'office-entry', text: 'Order entry', x: 60, y: ROW },
        { processTime: 15 * 60, leadTime: 4 * HOUR, percentCompleteAccurate: 90, operators: 2 },
      ),
      processBox(
        { id: 'office-credit', text: 'Credit check', x: 300, y: ROW },
        { processTime: 10 * 60, leadTime: DAY, percentCompleteAccurate: 95, operators: 1 },
      ),
      processBox(
        { id: 'office-review', text: 'Engineering review', x: 540, y: ROW },
        { processTime: 2 * HOUR, cycleTime: 40 * 60, leadTime: 3 * DAY, percentCompleteAccurate: 70, operators: 3 },
      ),
      processBox(
        { id: 'office-scheduling', text: 'Scheduling', x: 780, y: ROW },
        { processTime: 30 * 60, leadTime: DAY, percentCompleteAccurate: 98, operators: 1 },
      ),
      processBox(
        { id: 'office-invoicing', text: 'Invoicing', x: 1020, y: ROW },
        { processTime: 20 * 60, leadTime: 2 * DAY, percentCompleteAccurate: 85, operators: 1 },
      ),
      plain('sticky-note', {
        id: 'office-note-rework',
        text: 'Review sends 3 in 10 orders back for missing specs',
        x: 540,
        y: 640,
      }),
    ],
    [
      arrow('office-f1', 'push', 'office-requests', 'office-entry'),
      arrow('office-f2', 'push', 'office-entry', 'office-credit'),
      arrow('office-f3', 'push', 'office-credit', 'office-review'),
      arrow('office-f4', 'push', 'office-review', 'office-scheduling'),
      arrow('office-f5', 'push', 'office-scheduling', 'office-invoicing'),
      arrow('office-f6', 'push', 'office-invoicing', 'office-customer'),
      arrow('office-i1', 'electronic-info', 'office-entry', 'office-erp', system),
      arrow('office-i2', 'electronic-info', 'office-erp', 'office-credit', system),
      arrow('office-i3', 'electronic-info', 'office-erp', 'office-scheduling', system),
      arrow('office-i4', 'electronic-info', 'office-erp', 'office-invoicing', system),
    ],
  );
}
