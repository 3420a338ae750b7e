import type { Database } from 'better-sqlite3';
import { CURRENT_FORMAT_VERSION, WORKSHOP_FILE_KIND, type FileMap, type WorkshopFile } from '../../shared/workshop-file/workshop-file-schema';
import type { Clock } from '../store/clock';
import { listAgenda } from '../store/facilitation/agenda-repository';
import { listParkingLot } from '../store/facilitation/parking-lot-repository';
import { listParticipants } from '../store/facilitation/participant-repository';
import { getPresentation } from '../store/facilitation/presentation-repository';
import { getTimer } from '../store/facilitation/timer-repository';
import { getVotingSessionDetail, listVotingSessions } from '../store/facilitation/voting-repository';
import { listActions } from '../store/future-state/action-repository';
import { getAnswers } from '../store/future-state/answers-repository';
import { listMaps, loadMap } from '../store/map-repository';
import { getWorkshop } from '../store/workshop-repository';

/**
 * A whole workshop as a workshop file, read in one transaction so that every part is from the
 * same moment. The report page is printed from this too: the file holds everything it shows.
 * Every table that duplicateWorkshop copies is here; tests/main/export/workshop-file-store.test.ts
 * holds that promise by importing what was exported and comparing every table.
 */
export const EXPORTED_BY = 'Value Stream Workshop';

export function exportWorkshopFile(db: Database, workshopId: string, clock: Clock): WorkshopFile {
  return db.transaction((): WorkshopFile => {
    const workshop = getWorkshop(db, workshopId);
    const maps = listMaps(db, workshopId).map((meta): FileMap => {
      const { nodes, connectors } = loadMap(db, meta.id);
      const { workshopId: _workshop, revision: _revision, ...map } = meta;
      return { ...map, nodes, connectors, futureStateAnswers: meta.state === 'future' ? getAnswers(db, meta.id) : [] };
    });
    return {
      kind: WORKSHOP_FILE_KIND,
      formatVersion: CURRENT_FORMAT_VERSION,
      exportedAt: clock().toISOString(),
      exportedBy: EXPORTED_BY,
      workshop,
      participants: listParticipants(db, workshopId).map(({ workshopId: _workshop, ...person }) => person),
      agenda: listAgenda(db, workshopId).map(({ workshopId: _workshop, position: _position, ...item }) => item),
      timer: getTimer(db, workshopId),
      maps,
      votingSessions: listVotingSessions(db, workshopId)
        .reverse()
        .map(({ workshopId: _workshop, ...session }) => ({
          ...session,
          votes: getVotingSessionDetail(db, session.id).votes.map(({ sessionId: _session, ...vote }) => vote),
        })),
      parkingLot: listParkingLot(db, workshopId).map(({ workshopId: _workshop, position: _position, ...item }) => item),
      actions: listActions(db, workshopId).map(({ workshopId: _workshop, ...action }) => action),
      presentation: getPresentation(db, workshopId),
    };
  })();
}
