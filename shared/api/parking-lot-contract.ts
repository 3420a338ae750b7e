import { z } from 'zod';
import { ParkingLotTextSchema, type ParkingLotItem } from '../facilitation/parking-lot';
import { NOTE_COLORS } from '../model/colors';
import { IdSchema } from '../model/ids';
import type { MapNode } from '../model/map-node';
import { CoordinateSchema } from '../model/quantities';

/** After a note moved off a map: the parking lot and the map's new revision. */
export type ParkResult = { items: ParkingLotItem[]; revision: number };

/** After an item moved onto a map: the parking lot, the node as placed, and the map's new revision. */
export type RestoreResult = { items: ParkingLotItem[]; node: MapNode; revision: number };

export const parkingLotInputs = {
  'parkingLot.list': z.strictObject({ workshopId: IdSchema }),
  'parkingLot.add': z.strictObject({ workshopId: IdSchema, text: ParkingLotTextSchema, color: z.enum(NOTE_COLORS).optional() }),
  'parkingLot.update': z.strictObject({ id: IdSchema, text: ParkingLotTextSchema.optional(), color: z.enum(NOTE_COLORS).optional() }),
  'parkingLot.remove': z.strictObject({ id: IdSchema }),
  /** Moves a note off a map into the parking lot, in one transaction. */
  'parkingLot.parkNote': z.strictObject({ mapId: IdSchema, nodeId: IdSchema }),
  /** Moves an item onto a map, centred on `at` (map coordinates), in one transaction. */
  'parkingLot.restore': z.strictObject({
    itemId: IdSchema,
    mapId: IdSchema,
    at: z.strictObject({ x: CoordinateSchema, y: CoordinateSchema }),
  }),
};

export type ParkingLotOutputs = {
  'parkingLot.list': ParkingLotItem[];
  'parkingLot.add': ParkingLotItem[];
  'parkingLot.update': ParkingLotItem[];
  'parkingLot.remove': ParkingLotItem[];
  'parkingLot.parkNote': ParkResult;
  'parkingLot.restore': RestoreResult;
};
