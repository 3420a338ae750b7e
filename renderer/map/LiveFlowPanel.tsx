import { FlowPanel } from '../flow/FlowPanel';
import type { MapEditor } from './map-editor';
import { useEditorState } from './use-map-editor';

/** The Flow tab, following the map as it is edited. */
export function LiveFlowPanel({ editor }: { editor: MapEditor }) {
  return <FlowPanel doc={useEditorState(editor).doc} />;
}
