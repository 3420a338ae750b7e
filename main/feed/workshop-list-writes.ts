import type { Channel } from '../../shared/api/contract';

/**
 * The channels that change what the workshop list shows beyond its "edited" time: a workshop
 * added, removed, retitled or redated, or one gaining or losing a map. Map edits and the side
 * panels' writes only move that time; windows hear of those by their own events.
 */
const LIST_WRITES: ReadonlySet<string> = new Set<Channel>([
  'workshop.create',
  'workshop.update',
  'workshop.duplicate',
  'workshop.delete',
  'workshop.importFile',
  'map.create',
  'map.delete',
  'map.deriveFutureState',
  'eventLog.createMap',
]);

/** Whether a successful call, with this answer, changed the workshop list (an import the user cancelled did not). */
export function changesWorkshopList(channel: unknown, value: unknown): boolean {
  if (typeof channel !== 'string' || !LIST_WRITES.has(channel)) return false;
  return channel !== 'workshop.importFile' || (typeof value === 'object' && value !== null && Reflect.get(value, 'status') === 'imported');
}
