import type { Database } from 'better-sqlite3';
import type { Handlers } from '../../shared/api/contract';
import type { Clock } from '../store/clock';
import { applyMapChanges, createMapFromTemplate, loadMap } from '../store/map-repository';
import { createRecoveryHandlers, type RecoveryService } from './recovery-handlers';
import {
  createWorkshop,
  deleteWorkshop,
  duplicateWorkshop,
  getWorkshop,
  getWorkshopOverview,
  listWorkshops,
  updateWorkshop,
} from '../store/workshop-repository';

/**
 * `db` is asked for on every call because the database can be closed and reopened while the app
 * runs (a backup is restored); it throws when no database is open, which the caller reports.
 */
export type Services = { db: () => Database; clock: Clock; recovery: RecoveryService };

/**
 * The one handler table behind every API channel. The Electron IPC bridge and the browser host
 * both dispatch into it; inputs arrive here already validated against the shared schemas.
 */
export function createHandlers({ db, clock, recovery }: Services): Handlers {
  return {
    'workshop.list': () => listWorkshops(db()),
    'workshop.create': (details) => createWorkshop(db(), details, clock),
    'workshop.get': ({ id }) => getWorkshopOverview(db(), id),
    'workshop.update': ({ id, ...patch }) => updateWorkshop(db(), id, patch, clock),
    'workshop.duplicate': ({ id }) => duplicateWorkshop(db(), id, clock),
    'workshop.delete': ({ id }) => deleteWorkshop(db(), id),
    'map.load': ({ mapId }) => loadMap(db(), mapId),
    'map.create': ({ workshopId, name, state, template }) => {
      getWorkshop(db(), workshopId);
      return createMapFromTemplate(db(), { workshopId, name, state, derivedFromMapId: null }, template, clock);
    },
    'map.applyChanges': ({ mapId, changes }) => applyMapChanges(db(), mapId, changes, clock),
    ...createRecoveryHandlers(recovery),
  };
}
