import type { z } from 'zod';
import type { Id } from '../model/ids';
import {
  InventoryDataSchema,
  ProcessDataSchema,
  ShipmentDataSchema,
  type InventoryData,
  type ProcessData,
  type ShipmentData,
  type Waste,
} from '../model/map-node';
import { MapSettingsSchema, type MapDocument, type MapSettings } from '../model/vsm-map';
import { withProcessEdit } from '../vsm/cell-process-time';
import { updateNodes } from './commands';
import type { MapChange } from './map-change';

/**
 * Commands that fill in a node's data box or the map's settings. A patch sets the fields it
 * names; a field given as `undefined` is cleared. The result is checked against the model's
 * schema, so a value the store would refuse never becomes an undo step.
 */
export class InvalidEditError extends Error {
  override name = 'InvalidEditError';
}

export type DataPatch = { process: Partial<ProcessData> } | { inventory: Partial<InventoryData> } | { shipment: Partial<ShipmentData> };

function merge<T extends object>(current: T, patch: Partial<T>, schema: z.ZodType<T>): T {
  const merged: Record<string, unknown> = { ...(current as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  const parsed = schema.safeParse(merged);
  if (!parsed.success) {
    const message = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`.trim()).join('; ');
    throw new InvalidEditError(message);
  }
  return parsed.data;
}

function sameFields(a: object, b: object): boolean {
  const left = Object.entries(a);
  return left.length === Object.keys(b).length && left.every(([key, value]) => (b as Record<string, unknown>)[key] === value);
}

export function updateNodeData(doc: MapDocument, id: Id, patch: DataPatch): MapChange[] {
  return updateNodes(doc, [id], (node) => {
    if ('process' in patch && node.kind === 'process') {
      const process = merge(node.process, patch.process, ProcessDataSchema);
      return sameFields(process, node.process) ? node : withProcessEdit(node, process, patch.process);
    }
    if ('inventory' in patch && 'inventory' in node) {
      const inventory = merge(node.inventory, patch.inventory, InventoryDataSchema);
      return sameFields(inventory, node.inventory) ? node : { ...node, inventory };
    }
    if ('shipment' in patch && node.kind === 'shipment') {
      const shipment = merge(node.shipment, patch.shipment, ShipmentDataSchema);
      return sameFields(shipment, node.shipment) ? node : { ...node, shipment };
    }
    return node;
  });
}

export function updateMapSettings(doc: MapDocument, patch: Partial<MapSettings>): MapChange[] {
  const current = doc.map.settings;
  const settings = merge(current, patch, MapSettingsSchema);
  return sameFields(settings, current) ? [] : [{ op: 'setSettings', settings }];
}

/** Tags kaizen bursts and notes with one of the eight wastes, or clears the tag (undefined). */
export function setWaste(doc: MapDocument, ids: readonly Id[], waste: Waste | undefined): MapChange[] {
  return updateNodes(doc, ids, (node) => {
    if ((node.kind !== 'kaizen-burst' && node.kind !== 'sticky-note') || node.waste === waste) return node;
    const { waste: _cleared, ...rest } = node;
    return waste === undefined ? rest : { ...rest, waste };
  });
}
