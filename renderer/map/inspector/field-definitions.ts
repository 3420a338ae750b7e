import type { z } from 'zod';
import { InventoryDataSchema, ProcessDataSchema, ShipmentDataSchema, type InventoryData, type ProcessData, type ShipmentData } from '../../../shared/model/map-node';
import { NODE_KIND_SPECS } from '../../../shared/model/node-kind-specs';
import type { NodeKind } from '../../../shared/model/node-kinds';
import { MapSettingsSchema, type MapSettings } from '../../../shared/model/vsm-map';
import type { DiagnosticCode, TimeUnit } from '../../../shared/vsm';
import { exhaustiveSwitchError } from '../../../shared/util/exhaustive';
import type { FieldType } from './field-values';

/**
 * The inspector's fields for each kind of data, with the schema that checks each one and the
 * engine's findings that belong under it. A bare number in a time field is read in the field's
 * usual unit: seconds for a cycle time, days for a lead time.
 */
export type FieldDefinition<K extends string> = {
  key: K;
  label: string;
  field: FieldType;
  schema: z.ZodType;
  hint?: string;
  /** Engine findings about this field, shown under it. */
  codes?: readonly DiagnosticCode[];
};

const duration = (defaultUnit: TimeUnit) => ({ type: 'duration', defaultUnit }) as const;
const process = ProcessDataSchema.shape;

export const PROCESS_FIELDS: FieldDefinition<keyof ProcessData>[] = [
  { key: 'cycleTime', label: 'Cycle time (C/T)', field: duration('s'), schema: process.cycleTime, codes: ['over-takt'] },
  { key: 'changeoverTime', label: 'Changeover (C/O)', field: duration('min'), schema: process.changeoverTime },
  { key: 'uptime', label: 'Uptime', field: { type: 'percent' }, schema: process.uptime },
  { key: 'processTime', label: 'Process time (P/T)', field: duration('min'), schema: process.processTime, codes: ['process-time-missing'] },
  { key: 'leadTime', label: 'Lead time (L/T)', field: duration('d'), schema: process.leadTime, codes: ['lead-time-below-process-time'] },
  {
    key: 'percentCompleteAccurate',
    label: '%C&A',
    field: { type: 'percent' },
    schema: process.percentCompleteAccurate,
    hint: 'Share of work the next step can use as it comes',
    codes: ['percent-complete-accurate-missing'],
  },
  { key: 'batchSize', label: 'Batch size', field: { type: 'count' }, schema: process.batchSize },
  { key: 'operators', label: 'Operators', field: { type: 'count' }, schema: process.operators },
  { key: 'shifts', label: 'Shifts', field: { type: 'count' }, schema: process.shifts },
  { key: 'availableTimePerShift', label: 'Available time per shift', field: duration('h'), schema: process.availableTimePerShift },
];

const inventory = InventoryDataSchema.shape;

export function inventoryFields(kind: NodeKind): FieldDefinition<keyof InventoryData>[] {
  return [
    {
      key: 'quantity',
      label: kind === 'fifo-lane' ? 'Maximum in lane' : 'Quantity',
      field: { type: 'count' },
      schema: inventory.quantity,
      codes: ['inventory-needs-demand', 'stock-without-data'],
    },
    { key: 'unit', label: 'Unit', field: { type: 'text' }, schema: inventory.unit, hint: 'pcs, orders, files…' },
    {
      key: 'waitTime',
      label: 'Wait time',
      field: duration('d'),
      schema: inventory.waitTime,
      hint: 'Leave empty to work it out from quantity and demand',
    },
  ];
}

export const SHIPMENT_FIELDS: FieldDefinition<keyof ShipmentData>[] = [
  { key: 'frequency', label: 'Frequency', field: { type: 'text' }, schema: ShipmentDataSchema.shape.frequency, hint: 'e.g. 2× week, daily' },
];

/** The inspector's data fields for a node of this kind: those of the data box its kind carries (NODE_KIND_SPECS). */
export function dataFieldsFor(kind: NodeKind): FieldDefinition<string>[] {
  const facet = NODE_KIND_SPECS[kind].data;
  switch (facet) {
    case 'process':
      return PROCESS_FIELDS;
    case 'inventory':
      return inventoryFields(kind);
    case 'shipment':
      return SHIPMENT_FIELDS;
    case 'none':
      return [];
    default:
      return exhaustiveSwitchError(facet, 'data facet');
  }
}

const settings = MapSettingsSchema.shape;

export const SETTINGS_FIELDS: FieldDefinition<keyof MapSettings>[] = [
  { key: 'demandPerPeriod', label: 'Customer demand per period', field: { type: 'count' }, schema: settings.demandPerPeriod, codes: ['demand-not-set'] },
  { key: 'demandUnit', label: 'Unit of demand', field: { type: 'text' }, schema: settings.demandUnit, hint: 'pcs, orders, claims…' },
  { key: 'workingDaysPerPeriod', label: 'Working days per period', field: { type: 'count' }, schema: settings.workingDaysPerPeriod, codes: ['working-days-not-set'] },
  {
    key: 'workingTimePerDay',
    label: 'Available working time per day',
    field: { ...duration('h'), largestUnit: 'h' },
    schema: settings.workingTimePerDay,
    hint: 'After breaks; also the length of a “day” on this map',
    codes: ['working-time-not-set'],
  },
];
