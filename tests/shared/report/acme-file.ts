import type { MapDocument } from '../../../shared/model/vsm-map';
import { note } from '../fixtures';
import { acmeStampingCurrentState, acmeStampingFutureState } from '../../../shared/vsm/examples';
import { CURRENT_FORMAT_VERSION, WORKSHOP_FILE_KIND, type FileMap, type WorkshopFile } from '../../../shared/workshop-file/workshop-file-schema';

/** The Acme Stamping worked example as a workshop file, with a vote, a parked note and actions. */
const AT = '2026-11-25T09:00:00.000Z';

function fileMap(doc: MapDocument, derivedFromMapId: string | null): FileMap {
  const { workshopId: _workshop, revision: _revision, ...meta } = doc.map;
  return { ...meta, derivedFromMapId, nodes: doc.nodes, connectors: doc.connectors, futureStateAnswers: [] };
}

export function acmeFile(): WorkshopFile {
  const current = fileMap(acmeStampingCurrentState(), null);
  const future = fileMap(acmeStampingFutureState(), current.id);
  const vote = (id: string, participantId: string | null, nodeId: string) => ({ id, participantId, nodeId, castAt: AT });
  return {
    kind: WORKSHOP_FILE_KIND,
    formatVersion: CURRENT_FORMAT_VERSION,
    exportedAt: AT,
    exportedBy: 'test',
    workshop: { id: 'w', title: 'Acme, "Stamping"', date: '2026-11-25', facilitator: 'Dana', createdAt: AT, updatedAt: AT },
    participants: [
      { id: 'p1', name: 'Ana López', initials: 'AL', color: '#c62828' },
      { id: 'p2', name: 'Ben Kim', initials: 'BK', color: '#1565c0' },
    ],
    agenda: [],
    timer: { durationMs: 0, status: 'idle', runningSinceMs: null, elapsedBeforeMs: 0, agendaItemId: null },
    maps: [current, future],
    votingSessions: [
      {
        id: 's1',
        mapId: current.id,
        title: 'Biggest problems',
        targetKinds: ['process', 'sticky-note'],
        votesPerParticipant: 3,
        maxVotesPerItem: 3,
        visibility: 'secret',
        mode: 'open-clicking',
        status: 'revealed',
        createdAt: AT,
        closedAt: AT,
        revealedAt: AT,
        votes: [
          vote('v1', 'p1', 'acme-weld-2'),
          vote('v2', 'p2', 'acme-weld-2'),
          vote('v3', 'p1', 'acme-stamping'),
          vote('v4', null, 'acme-weld-1'),
          vote('v5', 'p2', 'parked-note'),
          vote('v6', 'p1', 'deleted'),
        ],
      },
      {
        id: 's2',
        mapId: current.id,
        title: 'Still voting',
        targetKinds: ['process'],
        votesPerParticipant: 3,
        maxVotesPerItem: 3,
        visibility: 'secret',
        mode: 'pass-the-laptop',
        status: 'open',
        createdAt: AT,
        closedAt: null,
        revealedAt: null,
        votes: [vote('v7', 'p1', 'acme-weld-1')],
      },
    ],
    parkingLot: [
      {
        id: 'pl1',
        text: 'Canteen hours',
        color: 'pink',
        note: note('parked-note', { text: 'Canteen hours', color: 'pink' }),
        fromMapId: current.id,
        createdAt: AT,
      },
    ],
    actions: [
      {
        id: 'a1',
        mapId: future.id,
        what: 'Cut changeover, =quickly',
        owner: 'Ben',
        dueDate: '2026-11-01',
        status: 'open',
        stepNodeId: future.nodes.find((node) => node.kind === 'process')!.id,
        kaizenNodeId: 'gone',
        createdAt: AT,
        updatedAt: AT,
      },
      {
        id: 'a2',
        mapId: future.id,
        what: 'Level the schedule',
        owner: '',
        dueDate: null,
        status: 'done',
        stepNodeId: null,
        kaizenNodeId: null,
        createdAt: AT,
        updatedAt: AT,
      },
    ],
    presentation: { mapId: null, resultsSessionId: null, view: 'map' },
  };
}
