import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id } from '../../../shared/model/ids';
import type { MapDocument } from '../../../shared/model/vsm-map';
import type { Diagnostic, VsmMetrics } from '../../../shared/vsm';
import { useWorkshopLayout } from '../../components/use-workshop-layout';
import type { EditorMode } from '../../editor/editor-state';
import type { MapEditor } from '../../editor/map-editor';
import { useEditor } from '../../editor-react/use-editor';
import type { ActionHost } from '../../map-actions/action-host';
import { ConnectorPanel } from './ConnectorPanel';
import { MapSettingsPanel } from './MapSettingsPanel';
import { NodePanel } from './NodePanel';
import { SelectionPanel } from './SelectionPanel';
import './inspector.css';

type InspectorProps = {
  doc: MapDocument;
  selection: ReadonlySet<Id>;
  metrics: VsmMetrics;
  editor: MapEditor;
  actions: ActionHost;
};

const LOCKED_NOTES = {
  presenting: 'locked.presenting',
  'voting-turn': 'locked.votingTurn',
  'read-only': 'locked.readOnly',
} as const satisfies Record<Exclude<EditorMode, 'editing'>, string>;

/**
 * The side panel: the selected node's or arrow's details, several items' arrangement, or, with
 * nothing selected, the map's settings. Outside editing every field and button in it is disabled
 * (the editor would refuse their edits anyway). Folded or not, as this workshop last left it.
 */
export function Inspector({ doc, selection, metrics, editor, actions }: InspectorProps) {
  const { t } = useTranslation('inspector');
  const [open, setOpen] = useWorkshopLayout(doc.map.workshopId, 'inspectorOpen');
  const state = useEditor(editor, (current) => current);
  const locked = state.session.mode !== 'editing';
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
    const rework = metrics.reworkLoops.some((loop) => loop.closingConnectorId === connector.id);
    panel = (
      <ConnectorPanel
        key={`${connector.id}:${connector.label}`}
        connector={connector}
        from={from}
        to={to}
        rework={rework}
        settings={doc.map.settings}
        editor={editor}
        actions={actions}
      />
    );
  } else {
    panel = <SelectionPanel nodeCount={nodes.length} connectorCount={connectors.length} state={state} actions={actions} />;
  }
  if (!open) {
    return (
      <aside className="inspector inspector-folded" aria-label={t('label')}>
        <button type="button" className="button button-quiet" onClick={() => setOpen(true)} aria-label={t('show')} title={t('showTitle')}>
          «
        </button>
      </aside>
    );
  }
  return (
    <aside className="inspector" aria-label={t('label')}>
      <button type="button" className="icon-button inspector-fold" onClick={() => setOpen(false)} aria-label={t('hide')} title={t('hideTitle')}>
        »
      </button>
      <fieldset className="inspector-lock" disabled={locked}>
        {state.session.mode !== 'editing' && <p className="inspector-locked-note">{t(LOCKED_NOTES[state.session.mode])}</p>}
        {panel}
      </fieldset>
    </aside>
  );
}
