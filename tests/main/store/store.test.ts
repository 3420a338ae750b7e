import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { addNode, editText } from '../../../shared/editing/commands';
import type { MapChange } from '../../../shared/editing/map-change';
import { applyMapChanges, loadMap } from '../../../main/store/map-repository';
import { migrate, NewerDatabaseError } from '../../../main/store/migrate';
import { MIGRATIONS } from '../../../main/store/migrations';
import { openDatabase } from '../../../main/store/open-database';
import { InvalidChangeError } from '../../../main/store/store-errors';
import {
  createWorkshop,
  deleteWorkshop,
  duplicateWorkshop,
  getWorkshopOverview,
  listWorkshops,
  updateWorkshop,
} from '../../../main/store/workshop-repository';
import { useTempDir } from '../../support/temp-dir';

const clock = () => new Date('2026-11-25T09:00:00.000Z');
const details = { title: 'Order to cash', date: '2026-11-25', facilitator: 'Dana' };

describe('the workshop store', () => {
  const tempDir = useTempDir();
  const open = () => openDatabase(path.join(tempDir(), 'store.sqlite'));

  it('opens with WAL, foreign keys on and FULL synchronous, at the newest schema', () => {
    const db = open();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
  });

  it('creates a workshop with an empty current-state map and lists it', () => {
    const db = open();
    const overview = createWorkshop(db, details, clock);
    expect(overview.workshop).toMatchObject(details);
    expect(overview.maps).toHaveLength(1);
    expect(overview.maps[0]).toMatchObject({ name: 'Current state', state: 'current', revision: 0 });
    expect(listWorkshops(db)).toEqual([{ ...overview.workshop, mapCount: 1 }]);
  });

  it('saves map changes and loads them back exactly, across a reopen', () => {
    const dir = tempDir();
    const file = path.join(dir, 'store.sqlite');
    let db = openDatabase(file);
    const { maps } = createWorkshop(db, details, clock);
    const mapId = maps[0]!.id;
    let doc = loadMap(db, mapId);
    const changes: MapChange[] = [
      ...addNode(doc, { id: 'n1', kind: 'sticky-note', at: { x: 10, y: 20 }, text: 'Rework' }),
      ...addNode(doc, { id: 'n2', kind: 'sticky-note', at: { x: 300, y: 20 }, color: 'pink' }),
    ];
    expect(applyMapChanges(db, mapId, changes, clock)).toEqual({ revision: 1 });
    doc = loadMap(db, mapId);
    applyMapChanges(db, mapId, editText(doc, 'n2', 'Hand-off'), clock);
    const saved = loadMap(db, mapId);
    db.close();

    db = openDatabase(file);
    const reloaded = loadMap(db, mapId);
    expect(reloaded).toEqual(saved);
    expect(reloaded.map.revision).toBe(2);
    expect(reloaded.nodes.map((node) => [node.id, node.text, node.color])).toEqual([
      ['n1', 'Rework', 'yellow'],
      ['n2', 'Hand-off', 'pink'],
    ]);
  });

  it('refuses a change list with an invalid change and saves none of it', () => {
    const db = open();
    const mapId = createWorkshop(db, details, clock).maps[0]!.id;
    const doc = loadMap(db, mapId);
    const good = addNode(doc, { id: 'n1', kind: 'sticky-note', at: { x: 0, y: 0 } });
    const orphan: MapChange = {
      op: 'putConnector',
      connector: { id: 'c1', kind: 'push', fromId: 'n1', toId: 'missing', label: '', originId: null },
    };
    expect(() => applyMapChanges(db, mapId, [...good, orphan], clock)).toThrow(InvalidChangeError);
    expect(() => applyMapChanges(db, mapId, [{ op: 'removeNode', id: 'nope' }], clock)).toThrow(/not on the map/);
    expect(loadMap(db, mapId)).toEqual(doc);
  });

  it('refuses to remove a node that a connector still attaches to', () => {
    const db = open();
    const mapId = createWorkshop(db, details, clock).maps[0]!.id;
    const doc = loadMap(db, mapId);
    applyMapChanges(
      db,
      mapId,
      [
        ...addNode(doc, { id: 'a', kind: 'process', at: { x: 0, y: 0 } }),
        ...addNode(doc, { id: 'b', kind: 'process', at: { x: 200, y: 0 } }),
        { op: 'putConnector', connector: { id: 'c', kind: 'push', fromId: 'a', toId: 'b', label: '', originId: null } },
      ],
      clock,
    );
    expect(() => applyMapChanges(db, mapId, [{ op: 'removeNode', id: 'a' }], clock)).toThrow(/connector still attaches/);
    expect(loadMap(db, mapId).nodes).toHaveLength(2);
  });

  it('renames, duplicates (with every note) and deletes workshops', () => {
    const db = open();
    const original = createWorkshop(db, details, clock);
    const mapId = original.maps[0]!.id;
    applyMapChanges(db, mapId, addNode(loadMap(db, mapId), { id: 'n1', kind: 'sticky-note', at: { x: 1, y: 2 }, text: 'Queue' }), clock);

    expect(updateWorkshop(db, original.workshop.id, { title: 'Order to cash, day 1' }, clock).title).toBe('Order to cash, day 1');

    const copy = duplicateWorkshop(db, original.workshop.id, clock);
    expect(copy.workshop.id).not.toBe(original.workshop.id);
    expect(copy.workshop.title).toBe('Order to cash, day 1 (copy)');
    const copiedMap = loadMap(db, copy.maps[0]!.id);
    expect(copiedMap.nodes.map((node) => node.text)).toEqual(['Queue']);

    deleteWorkshop(db, original.workshop.id);
    expect(listWorkshops(db).map((w) => w.id)).toEqual([copy.workshop.id]);
    expect(loadMap(db, copy.maps[0]!.id).nodes).toHaveLength(1);
    expect(() => getWorkshopOverview(db, original.workshop.id)).toThrow(/workshop is no longer there/);
  });

  it('refuses a database written by a newer app version, without changing it', () => {
    const file = path.join(tempDir(), 'newer.sqlite');
    const raw = new Database(file);
    raw.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(NewerDatabaseError);
    expect(() => openDatabase(file)).toThrow(/newer version of Value Stream Workshop/);
    const again = new Database(file);
    expect(again.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length + 5);
    expect(again.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(again.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get()).toEqual({ n: 0 });
    again.close();
  });

  it('applies each migration with its user_version in one transaction', () => {
    const db = new Database(':memory:');
    const failing = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: 'broken',
        up: (handle: Database.Database) => {
          handle.exec('CREATE TABLE half_done (id INTEGER)');
          throw new Error('disk on fire');
        },
      },
    ];
    expect(() => migrate(db, failing)).toThrow('disk on fire');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
  });

  it('rejects a migration list whose versions do not increase one by one', () => {
    const db = new Database(':memory:');
    const skipped = [{ ...MIGRATIONS[0]!, version: 2 }];
    expect(() => migrate(db, skipped)).toThrow(/expected 1/);
  });
});
