import type { DomainHandlers } from '../../shared/api/contract';
import { DEFAULT_NOTE_COLOR } from '../../shared/model/colors';
import {
  addParkingLotItem,
  listParkingLot,
  parkNote,
  removeParkingLotItem,
  restoreToMap,
  updateParkingLotItem,
} from '../store/facilitation/parking-lot-repository';
import { requireWorkshop } from '../store/require-existing';
import type { ApiServices } from './api-services';

export function createParkingLotHandlers({ db, clock }: ApiServices): DomainHandlers<'parkingLot'> {
  return {
    'parkingLot.list': ({ workshopId }) => listParkingLot(db(), requireWorkshop(db(), workshopId)),
    'parkingLot.add': ({ workshopId, text, color = DEFAULT_NOTE_COLOR }) => addParkingLotItem(db(), workshopId, text, color, clock),
    'parkingLot.update': ({ id, ...patch }) => updateParkingLotItem(db(), id, patch, clock),
    'parkingLot.remove': ({ id }) => removeParkingLotItem(db(), id, clock),
    'parkingLot.parkNote': ({ mapId, nodeId }) => parkNote(db(), mapId, nodeId, clock),
    'parkingLot.restore': ({ itemId, mapId, at }) => restoreToMap(db(), itemId, mapId, at, clock),
  };
}
