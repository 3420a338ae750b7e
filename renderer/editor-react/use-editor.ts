import { useSyncExternalStoreWithSelector } from 'use-sync-external-store/with-selector';
import type { MapEditorState } from '../editor/editor-state';
import type { MapEditor } from '../editor/map-editor';

/**
 * The one way React reads the open map: a component re-renders only when what its selector picks
 * changes (by `Object.is`, or `isEqual` for a selector that builds a new value each time), so a
 * selection change does not redraw the canvas and a pan does not re-render the inspector.
 */
export function useEditor<Picked>(
  editor: MapEditor,
  selector: (state: MapEditorState) => Picked,
  isEqual?: (a: Picked, b: Picked) => boolean,
): Picked {
  return useSyncExternalStoreWithSelector(editor.subscribe, editor.getState, editor.getState, selector, isEqual);
}
