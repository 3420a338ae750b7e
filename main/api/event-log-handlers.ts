import type { Database } from 'better-sqlite3';
import type { Handlers } from '../../shared/api/contract';
import type { EventLogChannel } from '../../shared/api/event-log-contract';
import { placeExample } from '../../shared/editing/commands-paste';
import { measuredMapDocument } from '../../shared/event-log/measured-map';
import { newId } from '../../shared/model/ids';
import type { Clock } from '../store/clock';
import { applyMapChanges, createMap, getMapMeta, loadMap } from '../store/map-repository';
import { requireWorkshop } from '../store/workshop-repository';

/** A map measured from an event log: created and filled in one transaction, like a template. */
export function createEventLogHandlers(db: () => Database, clock: Clock): Pick<Handlers, EventLogChannel> {
  return {
    'map.createFromEventLog': ({ workshopId, name, measured }) => {
      const store = db();
      requireWorkshop(store, workshopId);
      return store.transaction(() => {
        const meta = createMap(store, { workshopId, name, state: 'current', derivedFromMapId: null }, clock);
        const { changes } = placeExample(loadMap(store, meta.id), measuredMapDocument(measured, name), newId);
        applyMapChanges(store, meta.id, changes, clock);
        return getMapMeta(store, meta.id);
      })();
    },
  };
}
