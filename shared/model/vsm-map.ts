import { z } from 'zod';
import { refusal, refusalAtMost } from '../i18n/refusals';
import { ConnectorSchema } from './connector';
import { EventLogSourceSchema } from './event-log-source';
import { IdSchema } from './ids';
import { MapNodeSchema } from './map-node';
import { CountSchema, PositiveCountSchema, PositiveSecondsWithinDaySchema, SecondsSchema } from './quantities';

/**
 * What the whole value stream is measured against: customer demand over a period, and the
 * working time the plant or office has to meet it.
 */
export const MapSettingsSchema = z.object({
  demandPerPeriod: CountSchema.optional(),
  demandUnit: z.string().max(40, refusalAtMost('tooLong', 40)).optional(),
  workingDaysPerPeriod: PositiveCountSchema.optional(),
  /** Available working time per day, after breaks; also the length of a "working day" in display. */
  workingTimePerDay: PositiveSecondsWithinDaySchema.optional(),
  /** The event log a measured map was made from (file, date range, lead-time distribution). */
  eventLog: EventLogSourceSchema.optional(),
  /**
   * The end-to-end lead time measured from order and delivery data, against which the mapped
   * lead time is held: the gap is waiting nobody has mapped yet.
   */
  measuredLeadTime: SecondsSchema.optional(),
});

export type MapSettings = z.infer<typeof MapSettingsSchema>;

export const MAP_STATES = ['current', 'future'] as const;

export type MapState = (typeof MAP_STATES)[number];

export const MapNameSchema = z.string().trim().min(1, refusal('empty')).max(120, refusalAtMost('tooLong', 120));

export const MapMetaSchema = z.object({
  id: IdSchema,
  workshopId: IdSchema,
  name: MapNameSchema,
  state: z.enum(MAP_STATES),
  /** The map a future state was derived from; its nodes' originId point into it. */
  derivedFromMapId: IdSchema.nullable(),
  settings: MapSettingsSchema,
  /** Increases with every saved change, so that a second window can tell it is behind. */
  revision: z.number().int().min(0),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type MapMeta = z.infer<typeof MapMetaSchema>;

export const MapDocumentSchema = z.object({
  map: MapMetaSchema,
  nodes: z.array(MapNodeSchema),
  connectors: z.array(ConnectorSchema),
});

export type MapDocument = z.infer<typeof MapDocumentSchema>;
