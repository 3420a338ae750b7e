import type { ApiInput, ApiOutput, Channel } from '../../shared/api/contract';
import type { MapChange } from '../../shared/editing/map-change';
import type { MapNode } from '../../shared/model/map-node';
import type { MapDocument } from '../../shared/model/vsm-map';
import { acmeStampingCurrentState } from '../../shared/vsm/examples';

/**
 * A workshop with something in every table a workshop owns: the Acme Stamping current state and
 * a future state derived from it (lineage, a merged cell, a kaizen burst), people, an agenda with
 * a running timer, a revealed dot vote, a parked note and a typed one, future-state answers,
 * actions and what the projector shows.
 */
export type ApiCall = <C extends Channel>(channel: C, input: ApiInput<C>) => Promise<ApiOutput<C>>;

export type FullWorkshop = { workshopId: string; currentId: string; futureId: string; sessionId: string };

/** Fills a workshop's first map with the Acme Stamping current state (ids as in the example); returns the map's id. */
export async function seedAcmeWorkshopInto(call: ApiCall, workshopId: string): Promise<string> {
  const currentId = (await call('workshop.get', { id: workshopId })).maps[0]!.id;
  const example = acmeStampingCurrentState();
  const changes: MapChange[] = [
    { op: 'setSettings', settings: example.map.settings },
    ...example.nodes.map((node): MapChange => ({ op: 'putNode', node })),
    ...example.connectors.map((connector): MapChange => ({ op: 'putConnector', connector })),
  ];
  await call('map.applyChanges', { mapId: currentId, changes });
  return currentId;
}

/** A new workshop whose current-state map holds the Acme Stamping example. */
export async function seedAcmeWorkshop(call: ApiCall, title = 'Acme'): Promise<{ workshopId: string; currentId: string; current: MapDocument }> {
  const overview = await call('workshop.create', { title, date: '2026-11-25', facilitator: 'Dana' });
  const currentId = await seedAcmeWorkshopInto(call, overview.workshop.id);
  return { workshopId: overview.workshop.id, currentId, current: await call('map.load', { mapId: currentId }) };
}

/** A kaizen burst by the Acme stamping step, as the future state in these fixtures has it. */
export const changeoverBurst: MapNode = {
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

const note = (id: string, text: string, x: number): MapChange => ({
  op: 'putNode',
  node: { id, kind: 'sticky-note', x, y: 720, width: 160, height: 120, z: 1000, text, color: 'pink', originId: null },
});

export async function seedFullWorkshop(call: ApiCall, title = 'Acme'): Promise<FullWorkshop> {
  const { workshopId, currentId } = await seedAcmeWorkshop(call, title);
  await call('map.applyChanges', {
    mapId: currentId,
    changes: [
      note('note-setup', 'Setups take an hour', 200),
      note('note-mrp', 'MRP schedule is ignored', 420),
      note('note-later', 'Canteen hours', 640),
    ],
  });
  const future = await call('map.deriveFutureState', { sourceMapId: currentId, name: 'Next quarter' });
  await call('map.applyChanges', { mapId: future.id, changes: [{ op: 'putNode', node: changeoverBurst }] });
  const stamping = (await call('map.load', { mapId: future.id })).nodes.find((node) => node.originId === 'acme-stamping')!.id;
  const people = await call('participant.add', { workshopId, people: [{ name: 'Ana López' }, { name: 'Ben Kim' }] });
  const agenda = await call('agenda.add', {
    workshopId,
    items: [
      { title: 'Walk the floor', plannedMinutes: 60, notes: 'Hard hats' },
      { title: 'Draw the current state', plannedMinutes: 90, notes: '' },
    ],
  });
  await call('agenda.makeCurrent', { workshopId, itemId: agenda[1]!.id, startTimer: true });
  const session = await call('voting.create', {
    workshopId,
    mapId: currentId,
    setup: {
      title: 'Biggest problems',
      targetKinds: ['sticky-note', 'process'],
      votesPerParticipant: 3,
      maxVotesPerItem: 2,
      visibility: 'secret',
      mode: 'open-clicking',
    },
  });
  for (const [person, nodeId] of [
    [0, 'note-setup'],
    [0, 'note-setup'],
    [1, 'note-setup'],
    [1, 'note-mrp'],
    [0, 'acme-weld-2'],
  ] as const) {
    await call('voting.cast', { sessionId: session.id, participantId: people[person]!.id, nodeId, writeId: crypto.randomUUID() });
  }
  await call('voting.setStatus', { sessionId: session.id, status: 'revealed' });
  await call('parkingLot.parkNote', { mapId: currentId, nodeId: 'note-later' });
  await call('parkingLot.add', { workshopId, text: 'Ask finance about carrying cost' });
  await call('futureState.setAnswer', { mapId: future.id, question: 'takt', answer: '60 s' });
  await call('futureState.setAnswer', { mapId: future.id, question: 'pacemaker', answer: 'Weld + assembly cell' });
  await call('action.create', {
    mapId: future.id,
    what: 'Cut stamping changeover to 10 min',
    owner: 'Ben',
    dueDate: '2027-01-15',
    kaizenNodeId: changeoverBurst.id,
    stepNodeId: stamping,
  });
  await call('action.create', { mapId: future.id, what: 'Level the weld schedule', status: 'in-progress' });
  await call('presentation.update', { workshopId, mapId: currentId, resultsSessionId: session.id, view: 'dots' });
  return { workshopId, currentId, futureId: future.id, sessionId: session.id };
}
