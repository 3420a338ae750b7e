import type { DomainHandlers } from '../../shared/api/contract';
import { deleteMap, deriveFutureStateMap, renameMap } from '../store/future-state/future-maps';
import { applyMapChanges, changesSince, createMapFromTemplate, loadMap } from '../store/map-repository';
import { requireWorkshop } from '../store/require-existing';
import type { ApiServices } from './api-services';
import { workshopLanguage } from './workshop-language';

export function createMapHandlers(services: ApiServices): DomainHandlers<'map'> {
  const { db, clock } = services;
  return {
    'map.load': ({ mapId }) => loadMap(db(), mapId),
    'map.create': ({ workshopId, name, state, template, language }) =>
      createMapFromTemplate(
        db(),
        { workshopId: requireWorkshop(db(), workshopId), name, state, derivedFromMapId: null },
        template,
        workshopLanguage(services, workshopId, language),
        clock,
      ),
    'map.applyChanges': ({ mapId, changes, ...context }) => applyMapChanges(db(), mapId, changes, clock, context),
    'map.changesSince': ({ mapId, revision }) => changesSince(db(), mapId, revision),
    'map.deriveFutureState': ({ sourceMapId, name }) => deriveFutureStateMap(db(), sourceMapId, name, clock),
    'map.rename': ({ mapId, name }) => renameMap(db(), mapId, name, clock),
    'map.delete': ({ mapId }) => deleteMap(db(), mapId, clock),
  };
}
