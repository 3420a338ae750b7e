import { expect } from 'vitest';
import { applyChanges, applyChangesWithInverse, type MapChange } from '../../../shared/editing/map-change';
import type { MapDocument } from '../../../shared/model/vsm-map';

/** Applies a command's changes, checks that they change the map and that their inverse restores it exactly. */
export function applyAndCheckInverse(doc: MapDocument, changes: MapChange[]): MapDocument {
  expect(changes.length).toBeGreaterThan(0);
  const { doc: after, inverse } = applyChangesWithInverse(doc, changes);
  expect(after).not.toEqual(doc);
  expect(applyChanges(after, inverse)).toEqual(doc);
  return after;
}
