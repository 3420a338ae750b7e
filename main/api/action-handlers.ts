import type { DomainHandlers } from '../../shared/api/contract';
import { createAction, deleteAction, listActions, updateAction } from '../store/future-state/action-repository';
import { requireMap, requireWorkshop } from '../store/require-existing';
import type { ApiServices } from './api-services';

export function createActionHandlers({ db, clock }: ApiServices): DomainHandlers<'action'> {
  return {
    'action.list': ({ workshopId, mapId }) => {
      requireWorkshop(db(), workshopId);
      if (mapId !== undefined) requireMap(db(), mapId);
      return listActions(db(), workshopId, mapId);
    },
    'action.create': ({ mapId, ...fields }) => createAction(db(), mapId, fields, clock),
    'action.update': ({ id, ...patch }) => updateAction(db(), id, patch, clock),
    'action.delete': ({ id }) => deleteAction(db(), id, clock),
  };
}
