import { z } from 'zod';
import { refusalAtMost } from '../i18n/refusals';
import { NOTE_COLORS } from './colors';
import { IdSchema } from './ids';
import { kindsWithData } from './node-kind-specs';
import type { NodeKind } from './node-kinds';
import { CoordinateSchema, CountSchema, PercentSchema, PositiveCountSchema, SecondsSchema, SecondsWithinDaySchema, SizeSchema } from './quantities';

/**
 * A process box's data box. Every field is optional: a workshop fills them in as the room
 * learns them. Manufacturing fields follow "Learning to See"; process time, lead time and
 * %C&A follow Martin & Osterling for office and software value streams. Times in seconds.
 */
export const ProcessDataSchema = z.object({
  cycleTime: SecondsSchema.optional(),
  /** The range a team gives for a cycle time it has not measured: at best and at worst. */
  cycleTimeMin: SecondsSchema.optional(),
  cycleTimeMax: SecondsSchema.optional(),
  changeoverTime: SecondsSchema.optional(),
  uptime: PercentSchema.optional(),
  operators: CountSchema.optional(),
  shifts: CountSchema.optional(),
  availableTimePerShift: SecondsWithinDaySchema.optional(),
  batchSize: PositiveCountSchema.optional(),
  processTime: SecondsSchema.optional(),
  leadTime: SecondsSchema.optional(),
  percentCompleteAccurate: PercentSchema.optional(),
});

export type ProcessData = z.infer<typeof ProcessDataSchema>;

/** What waits between steps: a quantity (turned into days by demand) or an explicit wait time. */
export const InventoryDataSchema = z.object({
  quantity: CountSchema.optional(),
  unit: z.string().max(40, refusalAtMost('tooLong', 40)).optional(),
  waitTime: SecondsSchema.optional(),
  /** The range of the wait, at best and at worst, for the simulation's lead-time range. */
  waitTimeMin: SecondsSchema.optional(),
  waitTimeMax: SecondsSchema.optional(),
});

export type InventoryData = z.infer<typeof InventoryDataSchema>;

export const ShipmentDataSchema = z.object({
  frequency: z.string().max(60, refusalAtMost('tooLong', 60)).optional(),
});

export type ShipmentData = z.infer<typeof ShipmentDataSchema>;

/** What is written on a node: a note's words, a step's name, a box's label. */
export const NodeTextSchema = z.string().max(10_000, refusalAtMost('tooLong', 10_000));

const NodeBaseSchema = z.object({
  id: IdSchema,
  x: CoordinateSchema,
  y: CoordinateSchema,
  width: SizeSchema,
  height: SizeSchema,
  /** Stacking order; nodes are drawn in ascending z, ties broken by id. */
  z: CoordinateSchema,
  text: NodeTextSchema,
  color: z.enum(NOTE_COLORS),
  /** The node of the map this one was derived from, for current-vs-future lineage. */
  originId: IdSchema.nullable(),
  /**
   * When several nodes of the origin map were merged into this one (four stations combined into
   * one cell), the ones besides `originId`. Optional, so maps saved before it existed stay valid.
   */
  mergedOriginIds: z.array(IdSchema).max(1_000, refusalAtMost('tooManyNodes', 1_000)).optional(),
});

export const STOCK_KINDS = kindsWithData('inventory');

const PLAIN_KINDS = kindsWithData('none');

/**
 * The eight wastes (Ohno's seven, with unused talent), which a kaizen burst or a note may be
 * tagged with so the report can count where the room saw waste.
 */
export const WASTES = ['defects', 'overproduction', 'waiting', 'unused-talent', 'transportation', 'inventory', 'motion', 'extra-processing'] as const;

export type Waste = (typeof WASTES)[number];

export const ProcessNodeSchema = NodeBaseSchema.extend({
  kind: z.literal('process'),
  process: ProcessDataSchema,
  /**
   * Set when the process time is the sum of the steps merged into this cell rather than a figure
   * the room typed (shared/vsm/cell-process-time.ts). Optional, so older maps stay valid.
   */
  processTimeFrom: z.literal('merged-steps').optional(),
});

export const StockNodeSchema = NodeBaseSchema.extend({
  kind: z.enum(STOCK_KINDS),
  inventory: InventoryDataSchema,
});

export const ShipmentNodeSchema = NodeBaseSchema.extend({
  kind: z.literal('shipment'),
  shipment: ShipmentDataSchema,
});

export const PlainNodeSchema = NodeBaseSchema.extend({
  kind: z.enum(PLAIN_KINDS),
  /** The waste a kaizen burst or a note points at. Optional, so maps saved before it stay valid. */
  waste: z.enum(WASTES).optional(),
});

export const MapNodeSchema = z.discriminatedUnion('kind', [ProcessNodeSchema, StockNodeSchema, ShipmentNodeSchema, PlainNodeSchema]);

export type ProcessNode = z.infer<typeof ProcessNodeSchema>;
export type StockNode = z.infer<typeof StockNodeSchema>;
export type ShipmentNode = z.infer<typeof ShipmentNodeSchema>;
export type PlainNode = z.infer<typeof PlainNodeSchema>;
export type MapNode = z.infer<typeof MapNodeSchema>;

type AssertSameKinds<A extends NodeKind, B extends NodeKind> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;

/**
 * Fails to compile if the node union and NODE_KINDS ever disagree.
 * @public (a compile-time check, read by nobody)
 */
export const nodeUnionCoversEveryKind: AssertSameKinds<MapNode['kind'], NodeKind> = true;
