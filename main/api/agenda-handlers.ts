import type { DomainHandlers } from '../../shared/api/contract';
import { addAgendaItems, listAgenda, moveAgendaItem, removeAgendaItem, updateAgendaItem } from '../store/facilitation/agenda-repository';
import { makeCurrent } from '../store/facilitation/timer-repository';
import { requireWorkshop } from '../store/require-existing';
import type { ApiServices } from './api-services';

export function createAgendaHandlers({ db, clock }: ApiServices): DomainHandlers<'agenda'> {
  return {
    'agenda.list': ({ workshopId }) => listAgenda(db(), requireWorkshop(db(), workshopId)),
    'agenda.add': ({ workshopId, items }) => addAgendaItems(db(), workshopId, items, clock),
    'agenda.update': ({ id, ...patch }) => updateAgendaItem(db(), id, patch, clock),
    'agenda.move': ({ id, toIndex }) => moveAgendaItem(db(), id, toIndex, clock),
    'agenda.remove': ({ id }) => removeAgendaItem(db(), id, clock),
    'agenda.makeCurrent': ({ workshopId, itemId, startTimer }) => makeCurrent(db(), workshopId, itemId, startTimer, clock),
  };
}
