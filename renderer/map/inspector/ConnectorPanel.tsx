import { uiText } from '../../ui-text/ui-text';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { editConnectorLabel, reverseConnectors, setConnectorKind, setReworkRate } from '../../../shared/editing/commands-connect';
import { CONNECTOR_KINDS, ConnectorSchema, type Connector } from '../../../shared/model/connector';
import type { MapNode } from '../../../shared/model/map-node';
import type { MapSettings } from '../../../shared/model/vsm-map';
import { nodeLabel } from '../../../shared/vsm';
import { maxLengthOf } from '../../components/max-length';
import type { MapEditor } from '../../editor/map-editor';
import type { ActionHost } from '../../map-actions/action-host';
import { tooltip } from '../../map-actions/registry';
import { connectorKindName } from '../palette/palette-items';
import { ConnectorKindIcon } from '../palette/PaletteIcon';
import { DataField } from './DataField';
import type { FieldDefinition } from './field-definitions';
import { tryEdit } from './try-edit';

type ConnectorPanelProps = {
  connector: Connector;
  from: MapNode | undefined;
  to: MapNode | undefined;
  /** The arrow sends material back to a step it has passed (it closes a rework loop). */
  rework: boolean;
  settings: MapSettings;
  editor: MapEditor;
  actions: ActionHost;
};

const reworkRateField = (): FieldDefinition<'reworkRate'> => ({
  key: 'reworkRate',
  label: uiText('inspector:fields.reworkRate.label'),
  field: { type: 'percent' },
  schema: ConnectorSchema.shape.reworkRate,
  hint: uiText('inspector:fields.reworkRate.hint'),
});

/** One selected connector: its kind (push, pull, FIFO or information), label and direction; on a rework arrow, its rate. */
export function ConnectorPanel({ connector, from, to, rework, settings, editor, actions }: ConnectorPanelProps) {
  const { t } = useTranslation('inspector');
  const [label, setLabel] = useState(connector.label);
  const labelId = useId();
  const commitLabel = () => {
    if (label !== connector.label) editor.execute(t('edits.label'), (doc) => editConnectorLabel(doc, connector.id, label));
  };
  return (
    <section className="inspector-panel" aria-labelledby="inspector-connector-heading">
      <h2 id="inspector-connector-heading" className="inspector-heading">
        <ConnectorKindIcon kind={connector.kind} />
        {t('connector.heading', { name: connectorKindName(connector.kind) })}
      </h2>
      <p className="inspector-intro">{t('connector.fromTo', { from: from ? nodeLabel(from) : '?', to: to ? nodeLabel(to) : '?' })}</p>
      <div className="inspector-field" role="radiogroup" aria-label={t('connector.kindLabel')}>
        <span className="inspector-label">{t('connector.kind')}</span>
        <div className="inspector-kinds">
          {CONNECTOR_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              role="radio"
              aria-checked={connector.kind === kind}
              className="kind-option"
              onClick={() => editor.execute(t('edits.arrowKind'), (doc) => setConnectorKind(doc, [connector.id], kind))}
            >
              <ConnectorKindIcon kind={kind} />
              {connectorKindName(kind)}
            </button>
          ))}
        </div>
      </div>
      <div className="inspector-field">
        <label htmlFor={labelId}>{t('connector.label')}</label>
        <input
          id={labelId}
          type="text"
          value={label}
          maxLength={maxLengthOf(ConnectorSchema.shape.label)}
          placeholder={t('connector.labelPlaceholder')}
          onChange={(event) => setLabel(event.target.value)}
          onBlur={commitLabel}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commitLabel();
          }}
        />
      </div>
      {rework && (
        <DataField
          key={`${connector.id}:${connector.reworkRate}`}
          definition={reworkRateField()}
          value={connector.reworkRate}
          settings={settings}
          findings={[]}
          source={null}
          onCommit={(value) =>
            tryEdit(editor, t('edits.reworkRate'), (doc) => setReworkRate(doc, connector.id, typeof value === 'number' ? value : undefined))
          }
        />
      )}
      <div className="inspector-actions">
        <button type="button" className="button" onClick={() => editor.execute(t('edits.reverse'), (doc) => reverseConnectors(doc, [connector.id]))}>
          {t('connector.reverse')}
        </button>
        <button
          type="button"
          className="button button-danger-text"
          title={tooltip('delete', t('connector.delete'))}
          onClick={() => actions.run('delete')}
        >
          {t('connector.delete')}
        </button>
      </div>
    </section>
  );
}
