import type { Database } from 'better-sqlite3';
import type { ActionChannel } from '../../shared/api/actions-contract';
import type { Handlers } from '../../shared/api/contract';
import type { FutureStateChannel } from '../../shared/api/future-state-contract';
import type { Clock } from '../store/clock';
import { createAction, deleteAction, listActions, updateAction } from '../store/future-state/action-repository';
import { getAnswers, setAnswer } from '../store/future-state/answers-repository';
import { deleteMap, deriveFutureStateMap, renameMap } from '../store/future-state/future-maps';
import { getMapMeta } from '../store/map-repository';
import { requireWorkshop } from '../store/workshop-repository';

/** The future-state channels: deriving, renaming and deleting maps, the questions, the action plan. */
export function createFutureStateHandlers(db: () => Database, clock: Clock): Pick<Handlers, FutureStateChannel | ActionChannel> {
  return {
    'map.deriveFutureState': ({ sourceMapId, name }) => deriveFutureStateMap(db(), sourceMapId, name, clock),
    'map.rename': ({ mapId, name }) => renameMap(db(), mapId, name, clock),
    'map.delete': ({ mapId }) => deleteMap(db(), mapId, clock),
    'futureState.getAnswers': ({ mapId }) => getAnswers(db(), mapId),
    'futureState.setAnswer': ({ mapId, question, answer }) => setAnswer(db(), mapId, question, answer, clock),
    'action.list': ({ workshopId, mapId }) => {
      requireWorkshop(db(), workshopId);
      if (mapId !== undefined) getMapMeta(db(), mapId);
      return listActions(db(), workshopId, mapId);
    },
    'action.create': ({ mapId, ...fields }) => createAction(db(), mapId, fields, clock),
    'action.update': ({ id, ...patch }) => updateAction(db(), id, patch, clock),
    'action.delete': ({ id }) => deleteAction(db(), id, clock),
  };
}
