import { z } from 'zod';
import { apiRefusalWords, refusal } from '../i18n/refusals';

/**
 * The fields of a node, a connector or the map's settings that one edit changed, each with its
 * value before and after. A field is named by its path: `x`, `text`, `process.cycleTime`. A
 * field that is absent (an optional figure cleared) is simply missing from `before` or `after`,
 * which is also how JSON carries it. Saving fields instead of whole objects lets two windows edit
 * different fields of one box without the later save putting back what the earlier one changed.
 */
export const FieldPathSchema = z.string().regex(/^[A-Za-z]+(\.[A-Za-z]+)?$/, refusal('fieldPath'));

const ScalarSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/**
 * What a field can hold in a node, a connector or the settings: a scalar, a list of ids, or a whole
 * data box when one appears or goes. Finite on purpose: the store checks the patched object
 * against its own schema anyway.
 */
export const FieldValueSchema = z.union([ScalarSchema, z.array(ScalarSchema), z.record(z.string(), ScalarSchema)]);

export const FieldValuesSchema = z.record(FieldPathSchema, FieldValueSchema);

export type FieldValues = z.infer<typeof FieldValuesSchema>;

export type FieldPatch = { before: FieldValues; after: FieldValues };

type Fields = Readonly<Record<string, unknown>>;

export class FieldPatchError extends Error {
  override name = 'FieldPatchError';
}

/** The paths a patch changes, whether to a value or to absent. */
export function patchedPaths(patch: FieldPatch): string[] {
  return [...new Set([...Object.keys(patch.before), ...Object.keys(patch.after)])];
}

/** The fields that differ between two versions of an object, one level into nested objects. */
export function diffFields(before: Fields, after: Fields): FieldPatch {
  const patch: { before: Record<string, unknown>; after: Record<string, unknown> } = { before: {}, after: {} };
  for (const key of unionOfKeys(before, after)) {
    if (key === 'id') continue;
    const old = before[key];
    const next = after[key];
    if (isPlainObject(old) && isPlainObject(next)) {
      for (const inner of unionOfKeys(old, next)) {
        record(patch, `${key}.${inner}`, old[inner], next[inner]);
      }
    } else {
      record(patch, key, old, next);
    }
  }
  return patch as FieldPatch;
}

export function isEmptyPatch(patch: FieldPatch): boolean {
  return Object.keys(patch.before).length === 0 && Object.keys(patch.after).length === 0;
}

/** Sets every field of the patch to its value after (or removes it), on a copy of the object. */
export function applyFieldPatch<T extends object>(target: T, patch: FieldPatch): T {
  const copy: Record<string, unknown> = Object.fromEntries(Object.entries(target));
  for (const path of patchedPaths(patch)) {
    const [head, inner] = path.split('.') as [string, string | undefined];
    if (head === 'id') throw new FieldPatchError(apiRefusalWords()('map.idFixed'));
    const hasValue = Object.hasOwn(patch.after, path);
    if (inner === undefined) {
      if (hasValue) copy[head] = patch.after[path];
      else delete copy[head];
      continue;
    }
    const parent = copy[head];
    if (parent !== undefined && !isPlainObject(parent)) throw new FieldPatchError(apiRefusalWords()('map.noFieldIn', { field: head, inner }));
    const nested: Record<string, unknown> = { ...parent };
    if (hasValue) nested[inner] = patch.after[path];
    else delete nested[inner];
    copy[head] = nested;
  }
  return copy as T;
}

/**
 * The first field a patch sets that `read` does not have: `read` is the patched object as its
 * schema reads it, which leaves out fields the schema does not know. A patch of such a field
 * would store and send to every window something no part of the app reads.
 */
export function firstUnknownField(read: object, patch: FieldPatch): string | undefined {
  return Object.keys(patch.after).find((path) => {
    const [head, inner] = path.split('.') as [string, string | undefined];
    const value: unknown = Object.hasOwn(read, head) ? Reflect.get(read, head) : undefined;
    if (inner === undefined) return value === undefined;
    return !isPlainObject(value) || !Object.hasOwn(value, inner);
  });
}

export function invertFieldPatch(patch: FieldPatch): FieldPatch {
  return { before: patch.after, after: patch.before };
}

/** The value a patch leaves at a path: the JSON text, or null for absent, so values compare exactly. */
export function valueAfter(patch: FieldPatch, path: string): string | null {
  return Object.hasOwn(patch.after, path) ? JSON.stringify(patch.after[path]) : null;
}

function record(patch: { before: Record<string, unknown>; after: Record<string, unknown> }, path: string, old: unknown, next: unknown) {
  if (sameValue(old, next)) return;
  if (old !== undefined) patch.before[path] = old;
  if (next !== undefined) patch.after[path] = next;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function unionOfKeys(a: Fields, b: Fields): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
