import type { z } from 'zod';
import {
  InventoryDataSchema,
  ProcessDataSchema,
  ShipmentDataSchema,
  type InventoryData,
  type ProcessData,
  type ShipmentData,
} from '../../../shared/model/map-node';
import { NODE_KIND_SPECS } from '../../../shared/model/node-kind-specs';
import type { NodeKind } from '../../../shared/model/node-kinds';
import { MapSettingsSchema, type MapSettings } from '../../../shared/model/vsm-map';
import type { DiagnosticCode } from '../../../shared/vsm';
import type { DurationKind } from '../../../shared/vsm/bare-numbers';
import { exhaustiveSwitchError } from '../../../shared/util/exhaustive';
import type { FieldType } from './field-values';

/**
 * The inspector's fields for each kind of data, with the schema that checks each one and the
 * engine's findings that belong under it. A bare number in a time field is read by its kind of
 * time (shared/vsm/bare-numbers.ts): seconds for work and shift times, working days for waits.
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

const duration = (kind: DurationKind) => ({ type: 'duration', kind }) as const;
const process = ProcessDataSchema.shape;

export const PROCESS_FIELDS: FieldDefinition<keyof ProcessData>[] = [
  { key: 'cycleTime', label: 'Cycle time (C/T)', field: duration('work'), schema: process.cycleTime, codes: ['over-takt'] },
  {
    key: 'cycleTimeMin',
    label: 'C/T at best',
    field: duration('work'),
    schema: process.cycleTimeMin,
    hint: 'With “at worst”, the range the simulation draws from',
  },
  { key: 'cycleTimeMax', label: 'C/T at worst', field: duration('work'), schema: process.cycleTimeMax },
  { key: 'changeoverTime', label: 'Changeover (C/O)', field: duration('work'), schema: process.changeoverTime },
  { key: 'uptime', label: 'Uptime', field: { type: 'percent' }, schema: process.uptime },
  { key: 'processTime', label: 'Process time (P/T)', field: duration('work'), schema: process.processTime, codes: ['process-time-missing'] },
  { key: 'leadTime', label: 'Lead time (L/T)', field: duration('wait'), schema: process.leadTime, codes: ['lead-time-below-process-time'] },
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
  {
    key: 'availableTimePerShift',
    label: 'Available time per shift',
    field: { ...duration('shift'), largestUnit: 's' },
    schema: process.availableTimePerShift,
  },
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
      field: duration('wait'),
      schema: inventory.waitTime,
      hint: 'Leave empty to work it out from quantity and demand',
    },
    { key: 'waitTimeMin', label: 'Wait at best', field: duration('wait'), schema: inventory.waitTimeMin },
    {
      key: 'waitTimeMax',
      label: 'Wait at worst',
      field: duration('wait'),
      schema: inventory.waitTimeMax,
      hint: 'The range the simulation draws the wait from',
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

/** The measured map's source is kept in the settings but is not a field anyone types. */
export const SETTINGS_FIELDS: FieldDefinition<Exclude<keyof MapSettings, 'eventLog'>>[] = [
  {
    key: 'demandPerPeriod',
    label: 'Customer demand per period',
    field: { type: 'count' },
    schema: settings.demandPerPeriod,
    codes: ['demand-not-set'],
  },
  { key: 'demandUnit', label: 'Unit of demand', field: { type: 'text' }, schema: settings.demandUnit, hint: 'pcs, orders, claims…' },
  {
    key: 'workingDaysPerPeriod',
    label: 'Working days per period',
    field: { type: 'count' },
    schema: settings.workingDaysPerPeriod,
    codes: ['working-days-not-set'],
  },
  {
    key: 'workingTimePerDay',
    label: 'Available working time per day',
    field: { ...duration('shift'), largestUnit: 's' },
    schema: settings.workingTimePerDay,
    hint: 'After breaks; also the length of a “day” on this map',
    codes: ['working-time-not-set'],
  },
  {
    key: 'measuredLeadTime',
    label: 'Measured lead time',
    field: duration('wait'),
    schema: settings.measuredLeadTime,
    hint: 'From order and delivery data; the gap to the mapped lead time is unmapped waiting',
    codes: ['mapped-above-measured'],
  },
];
