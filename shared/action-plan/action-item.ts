import { z } from 'zod';
import { refusal, refusalAtMost } from '../i18n/refusals';
import { IdSchema } from '../model/ids';
import { IsoDateSchema } from '../model/workshop';

/**
 * An action of the future-state plan: what is to be done, by whom and by when, and how far it
 * has got. It belongs to a future-state map and is usually born from one of its kaizen bursts;
 * it names the process step it improves. Both links are node ids on that map: a node deleted
 * later leaves the action standing, and the action plan says the node is gone.
 */
export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;

export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ActionWhatSchema = z.string().trim().min(1, refusal('empty')).max(500, refusalAtMost('tooLong', 500));

export const ActionOwnerSchema = z.string().trim().max(120, refusalAtMost('tooLong', 120));

export const ActionFieldsSchema = z.object({
  what: ActionWhatSchema,
  owner: ActionOwnerSchema,
  dueDate: IsoDateSchema.nullable(),
  status: z.enum(ACTION_STATUSES),
  /** The process step the action improves. */
  stepNodeId: IdSchema.nullable(),
  /** The kaizen burst the action came from. */
  kaizenNodeId: IdSchema.nullable(),
});

export type ActionFields = z.infer<typeof ActionFieldsSchema>;

export const ActionItemSchema = ActionFieldsSchema.extend({
  id: IdSchema,
  workshopId: IdSchema,
  mapId: IdSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type ActionItem = z.infer<typeof ActionItemSchema>;

/** Still to be done: open or in progress. */
export function isActive(status: ActionStatus): boolean {
  return status === 'open' || status === 'in-progress';
}

/** Past its due date and not finished; `today` is a YYYY-MM-DD date. */
export function isOverdue(action: Pick<ActionItem, 'dueDate' | 'status'>, today: string): boolean {
  return action.dueDate !== null && action.dueDate < today && isActive(action.status);
}
