import { useTranslation } from 'react-i18next';
import type { MapEditorState } from '../../editor/editor-state';
import type { ActionHost } from '../../map-actions/action-host';
import { actionLabel, isAvailable, tooltip, type ActionId } from '../../map-actions/registry';

type SelectionPanelProps = { nodeCount: number; connectorCount: number; state: MapEditorState; actions: ActionHost };

const ARRANGE: ActionId[] = [
  'align-left',
  'align-centre',
  'align-right',
  'align-top',
  'align-middle',
  'align-bottom',
  'distribute-horizontal',
  'distribute-vertical',
];

/** Several things selected: line them up, space them out, connect them in order. */
export function SelectionPanel({ nodeCount, connectorCount, state, actions }: SelectionPanelProps) {
  const { t } = useTranslation('inspector');
  const button = (id: ActionId, label = actionLabel(id), danger = false) => (
    <button
      key={id}
      type="button"
      className={danger ? 'button button-danger-text' : 'button'}
      title={tooltip(id, label)}
      disabled={!isAvailable(id, state)}
      onClick={() => actions.run(id)}
    >
      {label}
    </button>
  );
  const nodes = t('selection.nodes', { count: nodeCount });
  const arrows = t('selection.arrows', { count: connectorCount });
  const heading =
    nodeCount > 0 && connectorCount > 0 ? t('selection.both', { nodes, arrows }) : t('selection.one', { things: nodeCount > 0 ? nodes : arrows });
  return (
    <section className="inspector-panel" aria-labelledby="inspector-selection-heading">
      <h2 id="inspector-selection-heading" className="inspector-heading">
        {heading}
      </h2>
      <div className="inspector-arrange">{ARRANGE.map((id) => button(id))}</div>
      <div className="inspector-actions">
        {button('connect-selected', t('selection.connect'))}
        {button('duplicate')}
        {button('delete', t('selection.delete'), true)}
      </div>
    </section>
  );
}
