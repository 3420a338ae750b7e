import type { DomainHandlers } from '../../shared/api/contract';
import { getPresentation, updatePresentation } from '../store/facilitation/presentation-repository';
import type { ApiServices } from './api-services';

export function createPresentationHandlers({ db }: ApiServices): DomainHandlers<'presentation'> {
  return {
    'presentation.get': ({ workshopId }) => getPresentation(db(), workshopId),
    'presentation.update': ({ workshopId, ...patch }) => updatePresentation(db(), workshopId, patch),
  };
}
