import type { DomainHandlers } from '../../shared/api/contract';
import {
  castVote,
  createVotingSession,
  deleteVotingSession,
  getVotingSessionDetail,
  listVotingSessions,
  retractVote,
  setVotingStatus,
} from '../store/facilitation/voting-repository';
import { requireWorkshop } from '../store/require-existing';
import type { ApiServices } from './api-services';

export function createVotingHandlers({ db, clock }: ApiServices): DomainHandlers<'voting'> {
  return {
    'voting.list': ({ workshopId }) => listVotingSessions(db(), requireWorkshop(db(), workshopId)),
    'voting.create': ({ workshopId, mapId, setup }) => createVotingSession(db(), workshopId, mapId, setup, clock),
    'voting.get': ({ sessionId }) => getVotingSessionDetail(db(), sessionId),
    'voting.cast': ({ sessionId, ...ballot }) => castVote(db(), sessionId, ballot, clock),
    'voting.retract': ({ sessionId, ...ballot }) => retractVote(db(), sessionId, ballot, clock),
    'voting.setStatus': ({ sessionId, status }) => setVotingStatus(db(), sessionId, status, clock),
    'voting.delete': ({ sessionId }) => deleteVotingSession(db(), sessionId, clock),
  };
}
