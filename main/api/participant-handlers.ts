import type { DomainHandlers } from '../../shared/api/contract';
import { addParticipants, listParticipants, removeParticipant, updateParticipant } from '../store/facilitation/participant-repository';
import { requireWorkshop } from '../store/require-existing';
import type { ApiServices } from './api-services';

export function createParticipantHandlers({ db, clock }: ApiServices): DomainHandlers<'participant'> {
  return {
    'participant.list': ({ workshopId }) => listParticipants(db(), requireWorkshop(db(), workshopId)),
    'participant.add': ({ workshopId, people }) => addParticipants(db(), workshopId, people, clock),
    'participant.update': ({ id, ...patch }) => updateParticipant(db(), id, patch, clock),
    'participant.remove': ({ id }) => removeParticipant(db(), id, clock),
  };
}
