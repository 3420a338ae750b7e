import { useId, useState } from 'react';
import { editConnectorLabel, reverseConnectors, setConnectorKind } from '../../../shared/editing/commands-connect';
import { CONNECTOR_KINDS, ConnectorSchema, type Connector } from '../../../shared/model/connector';
import type { MapNode } from '../../../shared/model/map-node';
import { nodeLabel } from '../../../shared/vsm';
import { maxLengthOf } from '../../components/max-length';
import type { MapEditor } from '../../editor/map-editor';
import type { ActionHost } from '../../map-actions/action-host';
import { tooltip } from '../../map-actions/registry';
import { CONNECTOR_KIND_NAMES } from '../palette/palette-items';
import { ConnectorKindIcon } from '../palette/PaletteIcon';

type ConnectorPanelProps = { connector: Connector; from: MapNode | undefined; to: MapNode | undefined; editor: MapEditor; actions: ActionHost };

/** One selected connector: its kind (push, pull, FIFO or information), label and direction. */
export function ConnectorPanel({ connector, from, to, editor, actions }: ConnectorPanelProps) {
  const [label, setLabel] = useState(connector.label);
  const labelId = useId();
  const commitLabel = () => {
    if (label !== connector.label) editor.execute('Edit label', (doc) => editConnectorLabel(doc, connector.id, label));
  };
  return (
    <section className="inspector-panel" aria-labelledby="inspector-connector-heading">
      <h2 id="inspector-connector-heading" className="inspector-heading">
        <ConnectorKindIcon kind={connector.kind} />
        {CONNECTOR_KIND_NAMES[connector.kind]} arrow
      </h2>
      <p className="inspector-intro">
        From “{from ? nodeLabel(from) : '?'}” to “{to ? nodeLabel(to) : '?'}”
      </p>
      <div className="inspector-field" role="radiogroup" aria-label="Arrow kind">
        <span className="inspector-label">Kind</span>
        <div className="inspector-kinds">
          {CONNECTOR_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              role="radio"
              aria-checked={connector.kind === kind}
              className="kind-option"
              onClick={() => editor.execute('Arrow kind', (doc) => setConnectorKind(doc, [connector.id], kind))}
            >
              <ConnectorKindIcon kind={kind} />
              {CONNECTOR_KIND_NAMES[kind]}
            </button>
          ))}
        </div>
      </div>
      <div className="inspector-field">
        <label htmlFor={labelId}>Label</label>
        <input
          id={labelId}
          type="text"
          value={label}
          maxLength={maxLengthOf(ConnectorSchema.shape.label)}
          placeholder="e.g. Weekly schedule"
          onChange={(event) => setLabel(event.target.value)}
          onBlur={commitLabel}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commitLabel();
          }}
        />
      </div>
      <div className="inspector-actions">
        <button type="button" className="button" onClick={() => editor.execute('Reverse arrow', (doc) => reverseConnectors(doc, [connector.id]))}>
          ⇄ Reverse
        </button>
        <button type="button" className="button button-danger-text" title={tooltip('delete', 'Delete arrow')} onClick={() => actions.run('delete')}>
          Delete arrow
        </button>
      </div>
    </section>
  );
}
