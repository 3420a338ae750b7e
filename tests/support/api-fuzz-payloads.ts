import fc from 'fast-check';
import type Database from 'better-sqlite3';
import { apiInputs, type Channel } from '../../shared/api/contract';

/**
 * Payload generators for fuzzing the API. Every channel in `apiInputs` gets three kinds of
 * payload, so a channel added later is fuzzed without touching this file: any value at all;
 * objects with the schema's own keys holding hostile values; and, where a channel has valid
 * examples below, those examples with one place deep inside changed, removed or added to (the
 * payloads most likely to slip past a schema).
 */
export const SEED = {
  workshopId: 'fuzz-workshop',
  mapId: 'fuzz-map',
  nodeA: 'a',
  nodeB: 'b',
  connector: 'c',
  futureMapId: 'fuzz-future',
  burst: 'k',
  action: 'fuzz-action',
} as const;

/** Puts the known rows back (ids the examples refer to) after an accepted call removed them. */
export function reseed(db: Database.Database): void {
  const now = '2026-11-25T09:00:00.000Z';
  const node = (id: string, x: number) =>
    JSON.stringify({ id, kind: 'process', x, y: 0, width: 160, height: 90, z: 1, text: id, color: 'yellow', originId: null, process: {} });
  db.transaction(() => {
    db.prepare('INSERT OR IGNORE INTO workshops (id, title, date, facilitator, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      SEED.workshopId,
      'Fuzz',
      '2026-11-25',
      'Dana',
      now,
      now,
    );
    db.prepare(
      "INSERT OR IGNORE INTO maps (id, workshop_id, position, name, state, derived_from_map_id, settings, revision, created_at, updated_at) VALUES (?, ?, 0, 'Current state', 'current', NULL, '{}', 0, ?, ?)",
    ).run(SEED.mapId, SEED.workshopId, now, now);
    db.prepare('INSERT OR IGNORE INTO nodes VALUES (?, ?, ?)').run(SEED.mapId, SEED.nodeA, node(SEED.nodeA, 0));
    db.prepare('INSERT OR IGNORE INTO nodes VALUES (?, ?, ?)').run(SEED.mapId, SEED.nodeB, node(SEED.nodeB, 300));
    db.prepare('INSERT OR IGNORE INTO connectors VALUES (?, ?, ?, ?, ?)').run(
      SEED.mapId,
      SEED.connector,
      SEED.nodeA,
      SEED.nodeB,
      JSON.stringify({ id: SEED.connector, kind: 'push', fromId: SEED.nodeA, toId: SEED.nodeB, label: '', originId: null }),
    );
    db.prepare(
      "INSERT OR IGNORE INTO maps (id, workshop_id, position, name, state, derived_from_map_id, settings, revision, created_at, updated_at) VALUES (?, ?, 1, 'Future state', 'future', ?, '{}', 0, ?, ?)",
    ).run(SEED.futureMapId, SEED.workshopId, SEED.mapId, now, now);
    db.prepare('INSERT OR IGNORE INTO nodes VALUES (?, ?, ?)').run(SEED.futureMapId, SEED.nodeA, node(SEED.nodeA, 0));
    db.prepare('INSERT OR IGNORE INTO nodes VALUES (?, ?, ?)').run(
      SEED.futureMapId,
      SEED.burst,
      JSON.stringify({
        id: SEED.burst,
        kind: 'kaizen-burst',
        x: 0,
        y: 100,
        width: 150,
        height: 110,
        z: 2,
        text: 'Setup',
        color: 'yellow',
        originId: null,
      }),
    );
    db.prepare(
      "INSERT OR IGNORE INTO actions (id, workshop_id, map_id, what, owner, due_date, status, step_node_id, kaizen_node_id, created_at, updated_at) VALUES (?, ?, ?, 'Cut setup', '', NULL, 'open', ?, ?, ?, ?)",
    ).run(SEED.action, SEED.workshopId, SEED.futureMapId, SEED.nodeA, SEED.burst, now, now);
  })();
}

const processNode = {
  id: 'fuzz-node',
  kind: 'process',
  x: 10,
  y: 20,
  width: 160,
  height: 90,
  z: 3,
  text: 'Weld',
  color: 'blue',
  originId: null,
  process: { cycleTime: 45, uptime: 90, operators: 2, batchSize: 10 },
};

function validExamples(backupName: string): Partial<Record<Channel, unknown[]>> {
  const { workshopId, mapId } = SEED;
  return {
    'workshop.create': [{ title: 'Order to cash', date: '2026-11-25', facilitator: 'Sam' }],
    'workshop.get': [{ id: workshopId }],
    'workshop.update': [{ id: workshopId, title: 'Renamed', date: '2026-12-01', facilitator: 'Kim' }],
    'workshop.duplicate': [{ id: workshopId }],
    'workshop.delete': [{ id: workshopId }],
    'map.load': [{ mapId }],
    'map.applyChanges': [
      { mapId, changes: [{ op: 'putNode', node: processNode }] },
      { mapId, changes: [{ op: 'putConnector', connector: { id: 'c2', kind: 'pull', fromId: 'b', toId: 'a', label: 'kanban', originId: null } }] },
      {
        mapId,
        changes: [
          { op: 'removeConnector', id: SEED.connector },
          { op: 'removeNode', id: SEED.nodeA },
        ],
      },
      { mapId, changes: [{ op: 'setSettings', settings: {} }] },
    ],
    'backup.restore': [{ name: backupName }],
    'map.deriveFutureState': [
      { sourceMapId: mapId, name: 'Next quarter' },
      { sourceMapId: SEED.futureMapId, name: 'Ideal' },
    ],
    'map.rename': [{ mapId, name: 'As is' }],
    'map.delete': [{ mapId: SEED.futureMapId }],
    'futureState.getAnswers': [{ mapId: SEED.futureMapId }],
    'futureState.setAnswer': [{ mapId: SEED.futureMapId, question: 'pacemaker', answer: 'Assembly' }],
    'action.list': [{ workshopId, mapId: SEED.futureMapId }],
    'action.create': [
      {
        mapId: SEED.futureMapId,
        what: 'Cut setup',
        owner: 'Kim',
        dueDate: '2027-01-15',
        status: 'open',
        stepNodeId: SEED.nodeA,
        kaizenNodeId: SEED.burst,
      },
    ],
    'action.update': [{ id: SEED.action, what: 'Cut setup to 10 min', owner: 'Kim', dueDate: null, status: 'done', stepNodeId: null }],
    'action.delete': [{ id: SEED.action }],
    'workshop.exportFile': [{ id: workshopId }],
    'workshop.importFile': [{}, { text: '{"kind": "value-stream-workshop", "formatVersion": 1}' }],
    'export.chooseTarget': [{ suggestedName: 'Acme — report.pdf', format: 'pdf' }],
    'export.write': [{ ticket: 'no-such-ticket', content: { encoding: 'utf8', data: 'a,b\n1,2\n' } }],
    'report.print': [{ workshopId, paper: 'a4' }],
    'app.copyImage': [{ pngBase64: 'iVBORw0KGgo=' }],
  };
}

/** Values chosen to break things: wrong types, extremes, odd strings, prototype keys, deep nesting. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    true,
    0,
    -1,
    -0,
    1e308,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.MAX_SAFE_INTEGER + 2,
    '',
    ' ',
    '\u0000',
    '../../etc/passwd',
    "'; DROP TABLE workshops; --",
    '__proto__',
    'x'.repeat(70_000),
    SEED.workshopId,
    SEED.mapId,
    SEED.nodeA,
    [],
    {},
    { __proto__: { polluted: true } },
    JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
    { constructor: { prototype: { polluted: true } } },
  ),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.double(),
  fc.bigInt(),
  fc.date(),
  fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true }),
);

function shapeKeys(channel: Channel): string[] {
  const schema: unknown = apiInputs[channel];
  return typeof schema === 'object' && schema !== null && 'shape' in schema && typeof schema.shape === 'object' && schema.shape
    ? Object.keys(schema.shape)
    : [];
}

export type Step = string | number;

export function pathsOf(value: unknown, prefix: Step[] = []): Step[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries: [Step, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => pathsOf(child, [...prefix, key]))];
}

export type Mutation = 'replace' | 'remove' | 'add';

/** A deep copy of `value` with one place in it replaced, removed or given an extra key. */
export function mutate(value: unknown, path: Step[], how: Mutation, replacement: unknown): unknown {
  if (path.length === 0) return how === 'add' && isRecord(value) ? { ...value, unexpected: replacement } : replacement;
  const [head, ...rest] = path as [Step, ...Step[]];
  if (Array.isArray(value)) {
    const copy: unknown[] = value.slice();
    if (rest.length === 0 && how === 'remove') copy.splice(Number(head), 1);
    else copy[Number(head)] = mutate(copy[Number(head)], rest, how, replacement);
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  if (rest.length === 0 && how === 'remove') delete copy[head];
  else copy[head] = mutate(copy[head], rest, how, replacement);
  return copy;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function payloadsFor(channel: Channel, backupName: string): fc.Arbitrary<unknown> {
  const keys = shapeKeys(channel);
  const examples = validExamples(backupName)[channel] ?? [{}];
  const mutated = fc
    .tuple(fc.constantFrom(...examples), fc.nat(), fc.constantFrom<Mutation>('replace', 'remove', 'add'), hostileValue)
    .map(([example, pick, how, replacement]) => {
      const paths = pathsOf(example);
      return mutate(example, paths[pick % paths.length]!, how, replacement);
    });
  const keyed = fc.dictionary(fc.constantFrom(...keys, 'extra', '__proto__'), hostileValue, { maxKeys: keys.length + 1 });
  return fc.oneof(
    { arbitrary: mutated, weight: 3 },
    { arbitrary: keyed, weight: 2 },
    { arbitrary: hostileValue, weight: 1 },
    fc.constantFrom(...examples),
  );
}
