import { uiText } from '../../ui-text/ui-text';
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
 * The definitions are made when shown, so labels and hints are in the language of the moment.
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

export const processFields = (): FieldDefinition<keyof ProcessData>[] => [
  { key: 'cycleTime', label: uiText('inspector:fields.cycleTime.label'), field: duration('work'), schema: process.cycleTime, codes: ['over-takt'] },
  {
    key: 'cycleTimeMin',
    label: uiText('inspector:fields.cycleTimeMin.label'),
    field: duration('work'),
    schema: process.cycleTimeMin,
    hint: uiText('inspector:fields.cycleTimeMin.hint'),
  },
  { key: 'cycleTimeMax', label: uiText('inspector:fields.cycleTimeMax.label'), field: duration('work'), schema: process.cycleTimeMax },
  { key: 'changeoverTime', label: uiText('inspector:fields.changeoverTime.label'), field: duration('work'), schema: process.changeoverTime },
  { key: 'uptime', label: uiText('inspector:fields.uptime.label'), field: { type: 'percent' }, schema: process.uptime },
  {
    key: 'processTime',
    label: uiText('inspector:fields.processTime.label'),
    field: duration('work'),
    schema: process.processTime,
    codes: ['process-time-missing'],
  },
  {
    key: 'leadTime',
    label: uiText('inspector:fields.leadTime.label'),
    field: duration('wait'),
    schema: process.leadTime,
    codes: ['lead-time-below-process-time'],
  },
  {
    key: 'percentCompleteAccurate',
    label: uiText('inspector:fields.percentCompleteAccurate.label'),
    field: { type: 'percent' },
    schema: process.percentCompleteAccurate,
    hint: uiText('inspector:fields.percentCompleteAccurate.hint'),
    codes: ['percent-complete-accurate-missing'],
  },
  { key: 'batchSize', label: uiText('inspector:fields.batchSize.label'), field: { type: 'count' }, schema: process.batchSize },
  { key: 'operators', label: uiText('inspector:fields.operators.label'), field: { type: 'count' }, schema: process.operators },
  { key: 'shifts', label: uiText('inspector:fields.shifts.label'), field: { type: 'count' }, schema: process.shifts },
  {
    key: 'availableTimePerShift',
    label: uiText('inspector:fields.availableTimePerShift.label'),
    field: { ...duration('shift'), largestUnit: 's' },
    schema: process.availableTimePerShift,
  },
];

const inventory = InventoryDataSchema.shape;

export function inventoryFields(kind: NodeKind): FieldDefinition<keyof InventoryData>[] {
  return [
    {
      key: 'quantity',
      label: kind === 'fifo-lane' ? uiText('inspector:fields.quantity.fifoLabel') : uiText('inspector:fields.quantity.label'),
      field: { type: 'count' },
      schema: inventory.quantity,
      codes: ['inventory-needs-demand', 'stock-without-data'],
    },
    {
      key: 'unit',
      label: uiText('inspector:fields.unit.label'),
      field: { type: 'text' },
      schema: inventory.unit,
      hint: uiText('inspector:fields.unit.hint'),
    },
    {
      key: 'waitTime',
      label: uiText('inspector:fields.waitTime.label'),
      field: duration('wait'),
      schema: inventory.waitTime,
      hint: uiText('inspector:fields.waitTime.hint'),
    },
    { key: 'waitTimeMin', label: uiText('inspector:fields.waitTimeMin.label'), field: duration('wait'), schema: inventory.waitTimeMin },
    {
      key: 'waitTimeMax',
      label: uiText('inspector:fields.waitTimeMax.label'),
      field: duration('wait'),
      schema: inventory.waitTimeMax,
      hint: uiText('inspector:fields.waitTimeMax.hint'),
    },
  ];
}

const shipmentFields = (): FieldDefinition<keyof ShipmentData>[] => [
  {
    key: 'frequency',
    label: uiText('inspector:fields.frequency.label'),
    field: { type: 'text' },
    schema: ShipmentDataSchema.shape.frequency,
    hint: uiText('inspector:fields.frequency.hint'),
  },
];

/** The inspector's data fields for a node of this kind: those of the data box its kind carries (NODE_KIND_SPECS). */
export function dataFieldsFor(kind: NodeKind): FieldDefinition<string>[] {
  const facet = NODE_KIND_SPECS[kind].data;
  switch (facet) {
    case 'process':
      return processFields();
    case 'inventory':
      return inventoryFields(kind);
    case 'shipment':
      return shipmentFields();
    case 'none':
      return [];
    default:
      return exhaustiveSwitchError(facet, 'data facet');
  }
}

const settings = MapSettingsSchema.shape;

/** The measured map's source is kept in the settings but is not a field anyone types. */
export const settingsFields = (): FieldDefinition<Exclude<keyof MapSettings, 'eventLog'>>[] => [
  {
    key: 'demandPerPeriod',
    label: uiText('inspector:fields.demandPerPeriod.label'),
    field: { type: 'count' },
    schema: settings.demandPerPeriod,
    codes: ['demand-not-set'],
  },
  {
    key: 'demandUnit',
    label: uiText('inspector:fields.demandUnit.label'),
    field: { type: 'text' },
    schema: settings.demandUnit,
    hint: uiText('inspector:fields.demandUnit.hint'),
  },
  {
    key: 'workingDaysPerPeriod',
    label: uiText('inspector:fields.workingDaysPerPeriod.label'),
    field: { type: 'count' },
    schema: settings.workingDaysPerPeriod,
    codes: ['working-days-not-set'],
  },
  {
    key: 'workingTimePerDay',
    label: uiText('inspector:fields.workingTimePerDay.label'),
    field: { ...duration('shift'), largestUnit: 's' },
    schema: settings.workingTimePerDay,
    hint: uiText('inspector:fields.workingTimePerDay.hint'),
    codes: ['working-time-not-set'],
  },
  {
    key: 'measuredLeadTime',
    label: uiText('inspector:fields.measuredLeadTime.label'),
    field: duration('wait'),
    schema: settings.measuredLeadTime,
    hint: uiText('inspector:fields.measuredLeadTime.hint'),
    codes: ['mapped-above-measured'],
  },
];
