import type { MapChange } from '../editing/map-change';
import { patchedPaths, valueAfter, type FieldPatch } from '../editing/field-patch';
import type { MapNode } from '../model/map-node';
import { apiRefusalWords } from '../i18n/refusals';
import { exhaustiveSwitchError } from '../util/exhaustive';

/**
 * The rule for a save made against an older revision of a map, while other windows saved
 * `theirs` since. The save is rebased (kept as it is, minus what they already did) when it
 * touches other nodes, or other fields of the same node; it is refused when it truly conflicts:
 * - both changed the same field of the same node, connector or settings to different values;
 * - one edited (or connected to) a node or connector the other deleted;
 * - one deleted a node the other connected something to.
 * Deleting what the other already deleted is no conflict: that removal is simply dropped. Equal
 * values are no conflict either. Pure, so the store runs it inside the save's transaction.
 */
export type Conflict =
  | { kind: 'same-field'; target: Target; field: string }
  | { kind: 'edited-deleted'; target: Target }
  | { kind: 'deleted-edited'; target: Target }
  | { kind: 'connected-deleted'; nodeId: string }
  | { kind: 'deleted-connected'; nodeId: string };

export type Target = { type: 'node'; id: string } | { type: 'connector'; id: string } | { type: 'settings' };

export type Rebase = { ok: true; changes: MapChange[] } | { ok: false; conflicts: Conflict[] };

/** What they did since the save's base, by object and field; a whole put counts as every field set. */
type Theirs = {
  fields: Map<string, Map<string, string | null>>;
  whole: Map<string, Record<string, unknown>>;
  removed: Set<string>;
  touched: Set<string>;
  connectedNodes: Set<string>;
};

const SETTINGS_KEY = 'settings';

function keyOf(target: Target): string {
  return target.type === 'settings' ? SETTINGS_KEY : `${target.type}:${target.id}`;
}

function summarise(theirs: readonly MapChange[]): Theirs {
  const summary: Theirs = { fields: new Map(), whole: new Map(), removed: new Set(), touched: new Set(), connectedNodes: new Set() };
  const patch = (key: string, change: FieldPatch) => {
    const fields = summary.fields.get(key) ?? new Map<string, string | null>();
    for (const path of patchedPaths(change)) fields.set(path, valueAfter(change, path));
    summary.fields.set(key, fields);
    summary.touched.add(key);
  };
  const put = (key: string, value: Record<string, unknown>) => {
    summary.whole.set(key, value);
    summary.fields.delete(key);
    summary.removed.delete(key);
    summary.touched.add(key);
  };
  const remove = (key: string) => {
    summary.removed.add(key);
    summary.touched.add(key);
  };
  for (const change of theirs) {
    switch (change.op) {
      case 'putNode':
        put(keyOf({ type: 'node', id: change.node.id }), change.node);
        break;
      case 'patchNode':
        patch(keyOf({ type: 'node', id: change.id }), change);
        break;
      case 'removeNode':
        remove(keyOf({ type: 'node', id: change.id }));
        break;
      case 'putConnector':
        put(keyOf({ type: 'connector', id: change.connector.id }), change.connector);
        summary.connectedNodes.add(change.connector.fromId).add(change.connector.toId);
        break;
      case 'patchConnector':
        patch(keyOf({ type: 'connector', id: change.id }), change);
        for (const end of ['fromId', 'toId']) {
          const value = change.after[end];
          if (typeof value === 'string') summary.connectedNodes.add(value);
        }
        break;
      case 'removeConnector':
        remove(keyOf({ type: 'connector', id: change.id }));
        break;
      case 'setSettings':
        put(SETTINGS_KEY, change.settings);
        break;
      case 'patchSettings':
        patch(SETTINGS_KEY, change);
        break;
      default:
        exhaustiveSwitchError(change, 'map change');
    }
  }
  return summary;
}

/** Their value at a path, as JSON text (null for absent), or undefined when they did not set it. */
function theirValue(theirs: Theirs, key: string, path: string): string | null | undefined {
  const whole = theirs.whole.get(key);
  if (whole) {
    const [head, inner] = path.split('.') as [string, string | undefined];
    const outer = whole[head];
    const value = inner === undefined ? outer : typeof outer === 'object' && outer !== null ? (outer as Record<string, unknown>)[inner] : undefined;
    return value === undefined ? null : JSON.stringify(value);
  }
  return theirs.fields.get(key)?.get(path);
}

function fieldConflicts(theirs: Theirs, target: Target, change: FieldPatch): Conflict[] {
  const key = keyOf(target);
  return patchedPaths(change)
    .filter((path) => {
      const their = theirValue(theirs, key, path);
      return their !== undefined && their !== valueAfter(change, path);
    })
    .map((field) => ({ kind: 'same-field', target, field }));
}

function wholeAsPatch(value: Record<string, unknown>): FieldPatch {
  const after: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (key === 'id') continue;
    if (typeof field === 'object' && field !== null && !Array.isArray(field)) {
      for (const [inner, innerValue] of Object.entries(field)) after[`${key}.${inner}`] = innerValue;
    } else {
      after[key] = field;
    }
  }
  return { before: {}, after: after as FieldPatch['after'] };
}

/**
 * `own`: what this same window committed since the base. It never conflicts with the save (the
 * window made the save on top of it), but a removal it already made is dropped, so a save sent
 * again after its answer was lost (the host was killed mid-save) does not fail on it.
 */
export function rebase(theirs: readonly MapChange[], mine: readonly MapChange[], own: readonly MapChange[] = []): Rebase {
  if (theirs.length === 0 && own.length === 0) return { ok: true, changes: [...mine] };
  const summary = summarise(theirs);
  const ownSummary = summarise(own);
  const conflicts: Conflict[] = [];
  const changes: MapChange[] = [];
  const removedByThem = (target: Target) => summary.removed.has(keyOf(target)) && !summary.whole.has(keyOf(target));
  const alreadyRemoved = (target: Target) => removedByThem(target) || (ownSummary.removed.has(keyOf(target)) && !ownSummary.whole.has(keyOf(target)));

  for (const change of mine) {
    switch (change.op) {
      case 'putNode':
      case 'patchNode': {
        const target: Target = { type: 'node', id: change.op === 'putNode' ? change.node.id : change.id };
        if (removedByThem(target)) conflicts.push({ kind: 'edited-deleted', target });
        else conflicts.push(...fieldConflicts(summary, target, change.op === 'putNode' ? wholeAsPatch(change.node) : change));
        changes.push(change);
        break;
      }
      case 'removeNode': {
        const target: Target = { type: 'node', id: change.id };
        if (alreadyRemoved(target)) break;
        if (summary.touched.has(keyOf(target))) conflicts.push({ kind: 'deleted-edited', target });
        else if (summary.connectedNodes.has(change.id)) conflicts.push({ kind: 'deleted-connected', nodeId: change.id });
        changes.push(change);
        break;
      }
      case 'putConnector':
      case 'patchConnector': {
        const target: Target = { type: 'connector', id: change.op === 'putConnector' ? change.connector.id : change.id };
        const ends =
          change.op === 'putConnector'
            ? [change.connector.fromId, change.connector.toId]
            : [change.after.fromId, change.after.toId].filter((end): end is string => typeof end === 'string');
        const lostEnd = ends.find((end) => removedByThem({ type: 'node', id: end }));
        if (removedByThem(target)) conflicts.push({ kind: 'edited-deleted', target });
        else if (lostEnd !== undefined) conflicts.push({ kind: 'connected-deleted', nodeId: lostEnd });
        else conflicts.push(...fieldConflicts(summary, target, change.op === 'putConnector' ? wholeAsPatch(change.connector) : change));
        changes.push(change);
        break;
      }
      case 'removeConnector': {
        const target: Target = { type: 'connector', id: change.id };
        if (alreadyRemoved(target)) break;
        if (summary.touched.has(keyOf(target))) conflicts.push({ kind: 'deleted-edited', target });
        changes.push(change);
        break;
      }
      case 'setSettings':
        conflicts.push(...fieldConflicts(summary, { type: 'settings' }, wholeAsPatch(change.settings)));
        changes.push(change);
        break;
      case 'patchSettings':
        conflicts.push(...fieldConflicts(summary, { type: 'settings' }, change));
        changes.push(change);
        break;
      default:
        exhaustiveSwitchError(change, 'map change');
    }
  }
  return conflicts.length > 0 ? { ok: false, conflicts } : { ok: true, changes };
}

/** What a clash names a box by; a box deleted by the other window is looked up where it was last seen. */
export type NodeNames = (id: string) => Pick<MapNode, 'text' | 'kind'> | undefined;

/** Says in a sentence what could not be saved, naming boxes by their text as the map shows them, in the language of the request. */
export function describeConflicts(conflicts: readonly Conflict[], names: NodeNames): string {
  const first = conflicts[0];
  if (!first) return '';
  const conflict = describeConflict(first, names);
  return conflicts.length > 1 ? apiRefusalWords()('conflict.more', { conflict, count: conflicts.length - 1 }) : conflict;
}

function describeConflict(conflict: Conflict, names: NodeNames): string {
  const words = apiRefusalWords();
  switch (conflict.kind) {
    case 'same-field':
      return words('conflict.sameField', { field: fieldWords(conflict.field), target: targetWords(conflict.target, names) });
    case 'edited-deleted':
      return words('conflict.editedDeleted', { target: targetWords(conflict.target, names) });
    case 'deleted-edited':
      return words('conflict.deletedEdited', { target: targetWords(conflict.target, names) });
    case 'connected-deleted':
      return words('conflict.connectedDeleted', { target: targetWords({ type: 'node', id: conflict.nodeId }, names) });
    case 'deleted-connected':
      return words('conflict.deletedConnected', { target: targetWords({ type: 'node', id: conflict.nodeId }, names) });
    default:
      return exhaustiveSwitchError(conflict, 'conflict');
  }
}

/** A field's own name where a box's position, size or layer is stored under a coordinate. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  x: 'position',
  y: 'position',
  width: 'size',
  height: 'size',
  z: 'stackingOrder',
  color: 'colour',
};

const NAMED_FIELDS = [
  'position',
  'size',
  'stackingOrder',
  'colour',
  'text',
  'demandPerPeriod',
  'demandUnit',
  'workingDaysPerPeriod',
  'workingTimePerDay',
  'measuredLeadTime',
  'cycleTime',
  'changeoverTime',
  'uptime',
  'operators',
  'shifts',
  'batchSize',
  'processTime',
  'leadTime',
  'quantity',
  'waitTime',
  'reworkRate',
  'label',
] as const;

type NamedField = (typeof NAMED_FIELDS)[number];

function isNamedField(field: string): field is NamedField {
  return (NAMED_FIELDS as readonly string[]).includes(field);
}

/** A field in the words of the request's language; a field the catalogue does not name is written as its key. */
function fieldWords(field: string): string {
  const last = field.split('.').at(-1) ?? field;
  const name = FIELD_NAMES[last] ?? last;
  if (isNamedField(name)) return apiRefusalWords()(`conflict.fields.${name}`);
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function targetWords(target: Target, names: NodeNames): string {
  const words = apiRefusalWords();
  switch (target.type) {
    case 'settings':
      return words('conflict.settings');
    case 'connector':
      return words('conflict.arrow');
    case 'node': {
      const node = names(target.id);
      const text = node?.text.trim().split('\n')[0] ?? '';
      if (!node) return words('conflict.box');
      return text ? words('conflict.named', { text: text.length > 40 ? `${text.slice(0, 39)}…` : text }) : words('conflict.unnamed');
    }
    default:
      return exhaustiveSwitchError(target, 'conflict target');
  }
}
