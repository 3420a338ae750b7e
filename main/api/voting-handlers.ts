import type { DomainHandlers } from '../../shared/api/contract';
import { writeDotOnce } from '../store/facilitation/dot-writes';
import {
  createVotingSession,
  deleteVotingSession,
  getVotingSessionDetail,
  listVotingSessions,
  setVotingStatus,
} from '../store/facilitation/voting-repository';
import { requireWorkshop } from '../store/require-existing';
import type { ApiServices } from './api-services';

export function createVotingHandlers({ db, clock }: ApiServices): DomainHandlers<'voting'> {
  return {
    'voting.list': ({ workshopId }) => listVotingSessions(db(), requireWorkshop(db(), workshopId)),
    'voting.create': ({ workshopId, mapId, setup }) => createVotingSession(db(), workshopId, mapId, setup, clock),
    'voting.get': ({ sessionId }) => getVotingSessionDetail(db(), sessionId),
    'voting.cast': ({ sessionId, writeId, ...ballot }) => writeDotOnce(db(), { channel: 'voting.cast', writeId, sessionId, ballot }, clock),
    'voting.retract': ({ sessionId, writeId, ...ballot }) => writeDotOnce(db(), { channel: 'voting.retract', writeId, sessionId, ballot }, clock),
    'voting.setStatus': ({ sessionId, status }) => setVotingStatus(db(), sessionId, status, clock),
    'voting.delete': ({ sessionId }) => deleteVotingSession(db(), sessionId, clock),
  };
}
