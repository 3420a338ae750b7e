import { describe, expect, it } from 'vitest';
import { defaultVotingSetup } from '../../../../shared/facilitation/voting';
import {
  addParkingLotItem,
  listParkingLot,
  parkNote,
  removeParkingLotItem,
  restoreToMap,
  updateParkingLotItem,
} from '../../../../main/store/facilitation/parking-lot-repository';
import { addParticipants } from '../../../../main/store/facilitation/participant-repository';
import { castVote, createVotingSession, getVotingSessionDetail } from '../../../../main/store/facilitation/voting-repository';
import { applyMapChanges, loadMap } from '../../../../main/store/map-repository';
import { useTempDir } from '../../../support/temp-dir';
import { heldClock, openStore, workshopWithNodes } from './store-fixtures';

describe('the parking lot store', () => {
  const tempDir = useTempDir();

  it('moves a note off the map into the parking lot in one step, and back with the same id', () => {
    const clock = heldClock();
    const db = openStore(tempDir());
    const { mapId } = workshopWithNodes(db, clock, { a: 'sticky-note', b: 'sticky-note' });
    const before = loadMap(db, mapId);
    const original = before.nodes.find((node) => node.id === 'a')!;

    const parked = parkNote(db, mapId, 'a', clock);
    expect(parked.revision).toBe(before.map.revision + 1);
    expect(loadMap(db, mapId).nodes.map((node) => node.id)).toEqual(['b']);
    expect(parked.items).toEqual([expect.objectContaining({ text: 'a', color: original.color, note: original, fromMapId: mapId, position: 0 })]);

    updateParkingLotItem(db, parked.items[0]!.id, { text: 'a, reworded' }, clock);
    const restored = restoreToMap(db, parked.items[0]!.id, mapId, { x: 500, y: 300 }, clock);
    expect(restored.items).toEqual([]);
    expect(restored.node).toMatchObject({ id: 'a', text: 'a, reworded', x: 500 - original.width / 2, y: 300 - original.height / 2 });
    expect(restored.node.z).toBeGreaterThan(before.nodes.find((node) => node.id === 'b')!.z);
    expect(loadMap(db, mapId).nodes.find((node) => node.id === 'a')).toEqual(restored.node);
    expect(restored.revision).toBe(parked.revision + 1);
  });

  it('refuses to park a note with connectors or a notation symbol, and changes nothing', () => {
    const clock = heldClock();
    const db = openStore(tempDir());
    const { workshopId, mapId } = workshopWithNodes(db, clock, { a: 'sticky-note', b: 'sticky-note', p: 'process' });
    applyMapChanges(
      db,
      mapId,
      [{ op: 'putConnector', connector: { id: 'c', kind: 'push', fromId: 'a', toId: 'b', label: '', originId: null } }],
      clock,
    );
    const before = loadMap(db, mapId);
    expect(() => parkNote(db, mapId, 'a', clock)).toThrow('connectors');
    expect(() => parkNote(db, mapId, 'p', clock)).toThrow('Only sticky notes');
    expect(() => parkNote(db, mapId, 'gone', clock)).toThrow('no longer on the map');
    expect(loadMap(db, mapId)).toEqual(before);
    expect(listParkingLot(db, workshopId)).toEqual([]);
  });

  it('puts a typed item on a map as a new sticky note, and gives a returning note a new id when its old one is taken', () => {
    const clock = heldClock();
    const db = openStore(tempDir());
    const { workshopId, mapId } = workshopWithNodes(db, clock, { a: 'sticky-note' });
    const [typed] = addParkingLotItem(db, workshopId, 'Ask finance about batch sizes', 'pink', clock);
    const placed = restoreToMap(db, typed!.id, mapId, { x: 0, y: 0 }, clock).node;
    expect(placed).toMatchObject({ kind: 'sticky-note', text: 'Ask finance about batch sizes', color: 'pink' });
    expect(placed.id).not.toBe('a');

    const [parked] = parkNote(db, mapId, 'a', clock).items;
    applyMapChanges(db, mapId, [{ op: 'putNode', node: { ...placed, id: 'a' } }], clock);
    const back = restoreToMap(db, parked!.id, mapId, { x: 0, y: 0 }, clock).node;
    expect(back.id).not.toBe('a');
    expect(loadMap(db, mapId).nodes).toHaveLength(3);
  });

  it('labels votes on a parked note, and counts them again when it returns', () => {
    const clock = heldClock();
    const db = openStore(tempDir());
    const { workshopId, mapId } = workshopWithNodes(db, clock, { a: 'sticky-note' });
    const [ana] = addParticipants(db, workshopId, [{ name: 'Ana' }], clock);
    const session = createVotingSession(db, workshopId, mapId, defaultVotingSetup('en'), clock);
    castVote(db, session.id, { participantId: ana!.id, nodeId: 'a' }, clock);
    const [item] = parkNote(db, mapId, 'a', clock).items;
    expect(getVotingSessionDetail(db, session.id).labels).toEqual({ a: 'a (parking lot)' });
    restoreToMap(db, item!.id, mapId, { x: 0, y: 0 }, clock);
    expect(getVotingSessionDetail(db, session.id).labels).toEqual({ a: 'a' });
  });

  it('removes items and keeps positions dense', () => {
    const clock = heldClock();
    const db = openStore(tempDir());
    const { workshopId } = workshopWithNodes(db, clock, {});
    for (const text of ['one', 'two', 'three']) addParkingLotItem(db, workshopId, text, 'yellow', clock);
    const items = removeParkingLotItem(db, listParkingLot(db, workshopId)[1]!.id, clock);
    expect(items.map((item) => [item.text, item.position])).toEqual([
      ['one', 0],
      ['three', 1],
    ]);
  });
});
