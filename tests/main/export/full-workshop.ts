import type { MapChange } from '../../../shared/editing/map-change';
import type { MapNode } from '../../../shared/model/map-node';
import { acmeWorkshop, type Api } from '../future-state/api-support';

/**
 * A workshop with something in every table a workshop owns: the Acme Stamping current state and
 * a future state derived from it (lineage, a merged cell, a kaizen burst), people, an agenda with
 * a running timer, a revealed dot vote, a parked note and a typed one, future-state answers,
 * actions and what the projector shows.
 */
export type FullWorkshop = { workshopId: string; currentId: string; futureId: string; sessionId: string };

const burst: MapNode = {
  id: 'kb-changeover',
  kind: 'kaizen-burst',
  x: 260,
  y: 330,
  width: 150,
  height: 110,
  z: 999,
  text: 'Changeover < 10 min',
  color: 'yellow',
  originId: null,
};

const note = (id: string, text: string, x: number): MapChange => ({ op: 'putNode', node: { id, kind: 'sticky-note', x, y: 600, width: 160, height: 120, z: 1000, text, color: 'pink', originId: null } });

export async function seedFullWorkshop(api: Api): Promise<FullWorkshop> {
  const { workshopId, currentId } = await acmeWorkshop(api);
  await api.call('map.applyChanges', {
    mapId: currentId,
    changes: [note('note-setup', 'Setups take an hour', 200), note('note-mrp', 'MRP schedule is ignored', 420), note('note-later', 'Canteen hours', 640)],
  });
  const future = await api.call('map.deriveFutureState', { sourceMapId: currentId, name: 'Next quarter' });
  await api.call('map.applyChanges', { mapId: future.id, changes: [{ op: 'putNode', node: burst }] });
  const stamping = (await api.call('map.load', { mapId: future.id })).nodes.find((node) => node.originId === 'acme-stamping')!.id;
  const people = await api.call('participant.add', { workshopId, people: [{ name: 'Ana López' }, { name: 'Ben Kim' }] });
  const agenda = await api.call('agenda.add', {
    workshopId,
    items: [
      { title: 'Walk the floor', plannedMinutes: 60, notes: 'Hard hats' },
      { title: 'Draw the current state', plannedMinutes: 90, notes: '' },
    ],
  });
  await api.call('agenda.makeCurrent', { workshopId, itemId: agenda[1]!.id, startTimer: true });
  const session = await api.call('voting.create', {
    workshopId,
    mapId: currentId,
    setup: { title: 'Biggest problems', targetKinds: ['sticky-note', 'process'], votesPerParticipant: 3, maxVotesPerItem: 2, visibility: 'secret', mode: 'open-clicking' },
  });
  for (const [person, nodeId] of [[0, 'note-setup'], [0, 'note-setup'], [1, 'note-setup'], [1, 'note-mrp'], [0, 'acme-weld-2']] as const) {
    await api.call('voting.cast', { sessionId: session.id, participantId: people[person]!.id, nodeId });
  }
  await api.call('voting.setStatus', { sessionId: session.id, status: 'revealed' });
  await api.call('parkingLot.parkNote', { mapId: currentId, nodeId: 'note-later' });
  await api.call('parkingLot.add', { workshopId, text: 'Ask finance about carrying cost' });
  await api.call('futureState.setAnswer', { mapId: future.id, question: 'takt', answer: '60 s' });
  await api.call('futureState.setAnswer', { mapId: future.id, question: 'pacemaker', answer: 'Weld + assembly cell' });
  await api.call('action.create', { mapId: future.id, what: 'Cut stamping changeover to 10 min', owner: 'Ben', dueDate: '2027-01-15', kaizenNodeId: burst.id, stepNodeId: stamping });
  await api.call('action.create', { mapId: future.id, what: 'Level the weld schedule', status: 'in-progress' });
  await api.call('presentation.update', { workshopId, mapId: currentId, resultsSessionId: session.id, view: 'dots' });
  return { workshopId, currentId, futureId: future.id, sessionId: session.id };
}
