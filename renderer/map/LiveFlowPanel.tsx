import { useEditor } from '../editor-react/use-editor';
import type { MapEditor } from '../editor/map-editor';
import { FlowPanel } from '../flow/FlowPanel';

/** The Flow tab, following the map as it is edited. */
export function LiveFlowPanel({ editor }: { editor: MapEditor }) {
  return <FlowPanel doc={useEditor(editor, (state) => state.doc)} />;
}
