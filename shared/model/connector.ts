import { z } from 'zod';
import { refusalAtMost } from '../i18n/refusals';
import { IdSchema } from './ids';
import { ReworkPercentSchema } from './quantities';

/**
 * Flows drawn between nodes: material flows (push, pull / withdrawal, FIFO) and information
 * flows (electronic, manual). Material flows define the value stream that the metrics follow.
 */
export const CONNECTOR_KINDS = ['push', 'pull', 'fifo', 'electronic-info', 'manual-info'] as const;

export type ConnectorKind = (typeof CONNECTOR_KINDS)[number];

export const ConnectorSchema = z.object({
  id: IdSchema,
  kind: z.enum(CONNECTOR_KINDS),
  fromId: IdSchema,
  toId: IdSchema,
  label: z.string().max(200, refusalAtMost('tooLong', 200)),
  /** The connector of the map this one was derived from, for current-vs-future lineage. */
  originId: IdSchema.nullable(),
  /**
   * On an arrow that sends material back (a rework arrow): the percentage of the items leaving
   * its tail that go back, 0 to below 100. Optional, so maps saved before it existed stay valid.
   */
  reworkRate: ReworkPercentSchema.optional(),
});

export type Connector = z.infer<typeof ConnectorSchema>;
