import type { DomainHandlers } from '../../shared/api/contract';
import { getAnswers, setAnswer } from '../store/future-state/answers-repository';
import type { ApiServices } from './api-services';

export function createFutureStateHandlers({ db, clock }: ApiServices): DomainHandlers<'futureState'> {
  return {
    'futureState.getAnswers': ({ mapId }) => getAnswers(db(), mapId),
    'futureState.setAnswer': ({ mapId, question, answer }) => setAnswer(db(), mapId, question, answer, clock),
  };
}
