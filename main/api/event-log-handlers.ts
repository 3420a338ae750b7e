import type { DomainHandlers } from '../../shared/api/contract';
import { placeExample } from '../../shared/editing/commands-paste';
import { measuredMapDocument } from '../../shared/event-log/measured-map';
import { newId } from '../../shared/model/ids';
import { applyMapChanges, createMap, getMapMeta, loadMap } from '../store/map-repository';
import { requireWorkshop } from '../store/require-existing';
import { localeFormat } from '../../shared/locale/locale-format';
import type { ApiServices } from './api-services';
import { workshopLanguage } from './workshop-language';

/** A map measured from an event log: created and filled in one transaction, like a template. */
export function createEventLogHandlers(services: ApiServices): DomainHandlers<'eventLog'> {
  const { db, clock } = services;
  return {
    'eventLog.createMap': ({ workshopId, name, measured }) => {
      const store = db();
      requireWorkshop(store, workshopId);
      // The map's words and figures are written in once, in the workshop's language.
      const format = localeFormat(workshopLanguage(services, workshopId));
      return store.transaction(() => {
        const meta = createMap(store, { workshopId, name, state: 'current', derivedFromMapId: null }, clock);
        const { changes } = placeExample(loadMap(store, meta.id), measuredMapDocument(measured, name, format), newId);
        applyMapChanges(store, meta.id, changes, clock);
        return getMapMeta(store, meta.id);
      })();
    },
  };
}
