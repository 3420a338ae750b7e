import { useMemo } from 'react';
import type { Id } from '../../../shared/model/ids';
import type { MapDocument } from '../../../shared/model/vsm-map';
import type { Diagnostic, VsmMetrics } from '../../../shared/vsm';
import { useWorkshopLayout } from '../../components/use-workshop-layout';
import type { MapCommand } from '../keyboard-shortcuts';
import type { MapEditor } from '../map-editor';
import { ConnectorPanel } from './ConnectorPanel';
import { MapSettingsPanel } from './MapSettingsPanel';
import { NodePanel } from './NodePanel';
import { SelectionPanel } from './SelectionPanel';

type InspectorProps = {
  doc: MapDocument;
  selection: ReadonlySet<Id>;
  metrics: VsmMetrics;
  editor: MapEditor;
  onCommand: (command: MapCommand) => void;
};

/** The side panel: the selected node's or arrow's details, several items' arrangement, or, with nothing selected, the map's settings. */
export function Inspector({ doc, selection, metrics, editor, onCommand }: InspectorProps) {
  const [open, setOpen] = useWorkshopLayout(doc.map.workshopId, 'inspectorOpen');
  const nodes = useMemo(() => doc.nodes.filter((node) => selection.has(node.id)), [doc.nodes, selection]);
  const connectors = useMemo(() => doc.connectors.filter((connector) => selection.has(connector.id)), [doc.connectors, selection]);
  const findingsFor = (id: Id | null): Diagnostic[] =>
    metrics.diagnostics.filter((finding) => (id === null ? finding.nodeIds.length === 0 : finding.nodeIds.includes(id)));

  let panel;
  if (nodes.length === 0 && connectors.length === 0) {
    panel = <MapSettingsPanel doc={doc} metrics={metrics} findings={findingsFor(null)} editor={editor} />;
  } else if (nodes.length === 1 && connectors.length === 0) {
    const node = nodes[0]!;
    panel = <NodePanel key={node.id} node={node} settings={doc.map.settings} metrics={metrics} findings={findingsFor(node.id)} editor={editor} />;
  } else if (nodes.length === 0 && connectors.length === 1) {
    const connector = connectors[0]!;
    const from = doc.nodes.find((node) => node.id === connector.fromId);
    const to = doc.nodes.find((node) => node.id === connector.toId);
    panel = <ConnectorPanel key={`${connector.id}:${connector.label}`} connector={connector} from={from} to={to} editor={editor} />;
  } else {
    panel = <SelectionPanel nodeCount={nodes.length} connectorCount={connectors.length} onCommand={onCommand} />;
  }
  if (!open) {
    return (
      <aside className="inspector inspector-folded" aria-label="Inspector">
        <button type="button" className="button button-quiet" onClick={() => setOpen(true)} aria-label="Show the inspector" title="Show the inspector: data, settings, arrow kinds">
          «
        </button>
      </aside>
    );
  }
  return (
    <aside className="inspector" aria-label="Inspector">
      <button type="button" className="icon-button inspector-fold" onClick={() => setOpen(false)} aria-label="Hide the inspector" title="Hide the inspector to give the map more room">
        »
      </button>
      {panel}
    </aside>
  );
}
