import type { Database } from 'better-sqlite3';
import type { Handlers } from '../../shared/api/contract';
import { DEFAULT_NOTE_COLOR } from '../../shared/model/colors';
import type { Clock } from '../store/clock';
import { addAgendaItems, listAgenda, moveAgendaItem, removeAgendaItem, updateAgendaItem } from '../store/facilitation/agenda-repository';
import {
  addParkingLotItem,
  listParkingLot,
  parkNote,
  removeParkingLotItem,
  restoreToMap,
  updateParkingLotItem,
} from '../store/facilitation/parking-lot-repository';
import { addParticipants, listParticipants, removeParticipant, updateParticipant } from '../store/facilitation/participant-repository';
import { getPresentation, projectorSnapshot, updatePresentation } from '../store/facilitation/presentation-repository';
import { getTimer, makeCurrent, runTimerCommand } from '../store/facilitation/timer-repository';
import {
  castVote,
  createVotingSession,
  deleteVotingSession,
  getVotingSessionDetail,
  listVotingSessions,
  retractVote,
  setVotingStatus,
} from '../store/facilitation/voting-repository';
import { applyMapChanges, createMapFromTemplate, loadMap } from '../store/map-repository';
import { createEventLogHandlers } from './event-log-handlers';
import { createExportHandlers } from './export-handlers';
import { createFutureStateHandlers } from './future-state-handlers';
import { PAGE_HOST, type HostActions } from './host-actions';
import { createRecoveryHandlers, type RecoveryService } from './recovery-handlers';
import {
  createWorkshop,
  deleteWorkshop,
  duplicateWorkshop,
  getWorkshopOverview,
  listWorkshops,
  requireWorkshop,
  updateWorkshop,
} from '../store/workshop-repository';

/**
 * `db` is asked for on every call because the database can be closed and reopened while the app
 * runs (a backup is restored); it throws when no database is open, which the caller reports.
 */
export type Services = { db: () => Database; clock: Clock; recovery: RecoveryService; host?: Partial<HostActions> };

/**
 * The one handler table behind every API channel. The Electron IPC bridge and the browser host
 * both dispatch into it; inputs arrive here already validated against the shared schemas.
 */
export function createHandlers({ db, clock, recovery, host: given = {} }: Services): Handlers {
  const host: HostActions = { ...PAGE_HOST, ...given };
  return {
    'workshop.list': () => listWorkshops(db()),
    'workshop.create': (details) => createWorkshop(db(), details, clock),
    'workshop.get': ({ id }) => getWorkshopOverview(db(), id),
    'workshop.update': ({ id, ...patch }) => updateWorkshop(db(), id, patch, clock),
    'workshop.duplicate': ({ id }) => duplicateWorkshop(db(), id, clock),
    'workshop.delete': ({ id }) => deleteWorkshop(db(), id),
    'map.load': ({ mapId }) => loadMap(db(), mapId),
    'map.create': ({ workshopId, name, state, template }) =>
      createMapFromTemplate(db(), { workshopId: requireWorkshop(db(), workshopId), name, state, derivedFromMapId: null }, template, clock),
    'map.applyChanges': ({ mapId, changes }) => applyMapChanges(db(), mapId, changes, clock),
    ...createRecoveryHandlers(recovery),
    'agenda.list': ({ workshopId }) => listAgenda(db(), requireWorkshop(db(), workshopId)),
    'agenda.add': ({ workshopId, items }) => addAgendaItems(db(), workshopId, items, clock),
    'agenda.update': ({ id, ...patch }) => updateAgendaItem(db(), id, patch, clock),
    'agenda.move': ({ id, toIndex }) => moveAgendaItem(db(), id, toIndex, clock),
    'agenda.remove': ({ id }) => removeAgendaItem(db(), id, clock),
    'agenda.makeCurrent': ({ workshopId, itemId, startTimer }) => makeCurrent(db(), workshopId, itemId, startTimer, clock),
    'timer.get': ({ workshopId }) => getTimer(db(), requireWorkshop(db(), workshopId)),
    'timer.command': ({ workshopId, command }) => runTimerCommand(db(), workshopId, command, clock),
    'participant.list': ({ workshopId }) => listParticipants(db(), requireWorkshop(db(), workshopId)),
    'participant.add': ({ workshopId, people }) => addParticipants(db(), workshopId, people, clock),
    'participant.update': ({ id, ...patch }) => updateParticipant(db(), id, patch, clock),
    'participant.remove': ({ id }) => removeParticipant(db(), id, clock),
    'voting.list': ({ workshopId }) => listVotingSessions(db(), requireWorkshop(db(), workshopId)),
    'voting.create': ({ workshopId, mapId, setup }) => createVotingSession(db(), workshopId, mapId, setup, clock),
    'voting.get': ({ sessionId }) => getVotingSessionDetail(db(), sessionId),
    'voting.cast': ({ sessionId, ...ballot }) => castVote(db(), sessionId, ballot, clock),
    'voting.retract': ({ sessionId, ...ballot }) => retractVote(db(), sessionId, ballot, clock),
    'voting.setStatus': ({ sessionId, status }) => setVotingStatus(db(), sessionId, status, clock),
    'voting.delete': ({ sessionId }) => deleteVotingSession(db(), sessionId, clock),
    'parkingLot.list': ({ workshopId }) => listParkingLot(db(), requireWorkshop(db(), workshopId)),
    'parkingLot.add': ({ workshopId, text, color = DEFAULT_NOTE_COLOR }) => addParkingLotItem(db(), workshopId, text, color, clock),
    'parkingLot.update': ({ id, ...patch }) => updateParkingLotItem(db(), id, patch, clock),
    'parkingLot.remove': ({ id }) => removeParkingLotItem(db(), id, clock),
    'parkingLot.parkNote': ({ mapId, nodeId }) => parkNote(db(), mapId, nodeId, clock),
    'parkingLot.restore': ({ itemId, mapId, at }) => restoreToMap(db(), itemId, mapId, at, clock),
    'presentation.get': ({ workshopId }) => getPresentation(db(), workshopId),
    'presentation.update': ({ workshopId, ...patch }) => updatePresentation(db(), workshopId, patch),
    'projector.snapshot': ({ workshopId }) => projectorSnapshot(db(), workshopId),
    'app.openProjector': ({ workshopId }) => host.openProjector(requireWorkshop(db(), workshopId)),
    ...createFutureStateHandlers(db, clock),
    ...createExportHandlers(db, clock, host),
    ...createEventLogHandlers(db, clock),
  };
}
