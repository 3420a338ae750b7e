import type { DomainHandlers } from '../../shared/api/contract';
import { getTimer, runTimerCommand } from '../store/facilitation/timer-repository';
import { requireWorkshop } from '../store/require-existing';
import type { ApiServices } from './api-services';

export function createTimerHandlers({ db, clock }: ApiServices): DomainHandlers<'timer'> {
  return {
    'timer.get': ({ workshopId }) => getTimer(db(), requireWorkshop(db(), workshopId)),
    'timer.command': ({ workshopId, command }) => runTimerCommand(db(), workshopId, command, clock),
  };
}
