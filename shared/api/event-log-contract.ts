import { z } from 'zod';
import { MeasuredStreamSchema } from '../event-log/measured-stream';
import { IdSchema } from '../model/ids';
import { MapNameSchema, type MapMeta } from '../model/vsm-map';

/**
 * A current-state map measured from an event log. The log is read and measured in the
 * renderer's worker; only the measured summary crosses (bounded by its schema's limits), and
 * the main process turns it into a map in one transaction, so either the whole map exists or
 * none does.
 */
export const eventLogInputs = {
  'eventLog.createMap': z.strictObject({ workshopId: IdSchema, name: MapNameSchema, measured: MeasuredStreamSchema }),
};

export type EventLogChannel = keyof typeof eventLogInputs;

export type EventLogOutputs = {
  'eventLog.createMap': MapMeta;
};
