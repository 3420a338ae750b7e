import { z } from 'zod';
import { IdSchema } from './ids';

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
  label: z.string().max(200, 'must be at most 200 characters'),
  /** The connector of the map this one was derived from, for current-vs-future lineage. */
  originId: IdSchema.nullable(),
  /**
   * On a rework arrow made from an event log: the measured share (0 to 1) of the cases through
   * the step it returns to that went through that step again. Absent on arrows drawn by hand.
   */
  measuredReworkShare: z.number().min(0, 'must be a share from 0 to 1').max(1, 'must be a share from 0 to 1').optional(),
});

export type Connector = z.infer<typeof ConnectorSchema>;
