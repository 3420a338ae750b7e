import { InvalidEditError } from '../../../shared/editing/commands-data';
import type { MapChange } from '../../../shared/editing/map-change';
import type { MapDocument } from '../../../shared/model/vsm-map';
import type { MapEditor } from '../../editor/map-editor';

/** Runs an edit as one undo step; a value the model refuses comes back as a message instead. */
export function tryEdit(editor: MapEditor, label: string, command: (doc: MapDocument) => MapChange[]): string | null {
  try {
    editor.execute(label, command);
    return null;
  } catch (error) {
    if (error instanceof InvalidEditError) return error.message;
    throw error;
  }
}
