import type { Database } from 'better-sqlite3';
import type { Handlers } from '../../shared/api/contract';
import type { Clock } from '../store/clock';
import { applyMapChanges, createMapFromTemplate, loadMap } from '../store/map-repository';
import {
  createWorkshop,
  deleteWorkshop,
  duplicateWorkshop,
  getWorkshop,
  getWorkshopOverview,
  listWorkshops,
  updateWorkshop,
} from '../store/workshop-repository';

export type Services = { db: Database; clock: Clock };

/**
 * The one handler table behind every API channel. The Electron IPC bridge and the browser host
 * both dispatch into it; inputs arrive here already validated against the shared schemas.
 */
export function createHandlers({ db, clock }: Services): Handlers {
  return {
    'workshop.list': () => listWorkshops(db),
    'workshop.create': (details) => createWorkshop(db, details, clock),
    'workshop.get': ({ id }) => getWorkshopOverview(db, id),
    'workshop.update': ({ id, ...patch }) => updateWorkshop(db, id, patch, clock),
    'workshop.duplicate': ({ id }) => duplicateWorkshop(db, id, clock),
    'workshop.delete': ({ id }) => deleteWorkshop(db, id),
    'map.load': ({ mapId }) => loadMap(db, mapId),
    'map.create': ({ workshopId, name, state, template }) => {
      getWorkshop(db, workshopId);
      return createMapFromTemplate(db, { workshopId, name, state, derivedFromMapId: null }, template, clock);
    },
    'map.applyChanges': ({ mapId, changes }) => applyMapChanges(db, mapId, changes, clock),
  };
}
