import type { MapDocument } from '../model/vsm-map';
import { exhaustiveSwitchError } from '../util/exhaustive';
import type { EditorState, HistoryEntry } from './history';
import { applyChanges, type MapChange } from './map-change';

/**
 * Changes that reach an open map from outside its undo history: a note moved to the parking lot,
 * or back from it. The rule: such a move is not a map edit, and map undo never reverses it (the
 * parking lot has its own "back to the map"). Applying it
 * - clears redo, as any new edit does, and
 * - forgets every undo step up to and including the newest one that touched a node it touches.
 * Steps after that one never touched the node, so undoing them cannot bring a parked note back
 * (a duplicate of the one in the parking lot) nor act on a note that has left the map. Older
 * steps go too, because undoing them could depend on a state that the forgotten step made.
 */
type Touched = { nodeIds: Set<string>; connectorIds: Set<string> };

function collectTouched(doc: MapDocument, changes: readonly MapChange[], into: Touched): Touched {
  for (const change of changes) {
    switch (change.op) {
      case 'putNode':
        into.nodeIds.add(change.node.id);
        break;
      case 'patchNode':
      case 'removeNode':
        into.nodeIds.add(change.id);
        break;
      case 'putConnector':
        into.connectorIds.add(change.connector.id);
        into.nodeIds.add(change.connector.fromId);
        into.nodeIds.add(change.connector.toId);
        break;
      case 'patchConnector':
      case 'removeConnector': {
        into.connectorIds.add(change.id);
        const connector = doc.connectors.find((candidate) => candidate.id === change.id);
        if (connector) {
          into.nodeIds.add(connector.fromId);
          into.nodeIds.add(connector.toId);
        }
        break;
      }
      case 'setSettings':
      case 'patchSettings':
        break;
      default:
        exhaustiveSwitchError(change, 'map change');
    }
  }
  return into;
}

function entryTouches(entry: HistoryEntry, touched: Touched, doc: MapDocument): boolean {
  const own = collectTouched(doc, [...entry.redo, ...entry.undo], { nodeIds: new Set(), connectorIds: new Set() });
  return [...own.nodeIds].some((id) => touched.nodeIds.has(id)) || [...own.connectorIds].some((id) => touched.connectorIds.has(id));
}

export function applyExternalChanges(state: EditorState, changes: readonly MapChange[]): EditorState {
  if (changes.length === 0) return state;
  const touched = collectTouched(state.doc, changes, { nodeIds: new Set(), connectorIds: new Set() });
  const { past } = state.history;
  let newestTouching = -1;
  past.forEach((entry, index) => {
    if (entryTouches(entry, touched, state.doc)) newestTouching = index;
  });
  return {
    doc: applyChanges(state.doc, changes),
    history: { past: past.slice(newestTouching + 1), future: [] },
  };
}
