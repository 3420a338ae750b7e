import { z } from 'zod';
import { ActionFieldsSchema, ActionWhatSchema, type ActionItem } from '../action-plan/action-item';
import { IdSchema } from '../model/ids';

/**
 * The action plan: actions of a workshop's future-state maps. A new action needs only what is
 * to be done; it starts open, with no owner, date, step or burst unless given.
 */
export const actionInputs = {
  'action.list': z.strictObject({ workshopId: IdSchema, mapId: IdSchema.optional() }),
  'action.create': z.strictObject({ mapId: IdSchema, ...ActionFieldsSchema.partial().shape, what: ActionWhatSchema }),
  'action.update': z.strictObject({ id: IdSchema, ...ActionFieldsSchema.partial().shape }),
  'action.delete': z.strictObject({ id: IdSchema }),
};

export type ActionOutputs = {
  'action.list': ActionItem[];
  'action.create': ActionItem;
  'action.update': ActionItem;
  'action.delete': { id: string };
};
