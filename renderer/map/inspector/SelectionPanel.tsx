import type { MapEditorState } from '../../editor/editor-state';
import type { ActionHost } from '../../map-actions/action-host';
import { actionSpec, isAvailable, tooltip, type ActionId } from '../../map-actions/registry';
import { countOf } from '../../../shared/util/count-words';

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
  const button = (id: ActionId, label = actionSpec(id).label, danger = false) => (
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
  const parts = [nodeCount > 0 ? countOf(nodeCount, 'node') : '', connectorCount > 0 ? countOf(connectorCount, 'arrow') : ''];
  return (
    <section className="inspector-panel" aria-labelledby="inspector-selection-heading">
      <h2 id="inspector-selection-heading" className="inspector-heading">
        {parts.filter(Boolean).join(' and ')} selected
      </h2>
      <div className="inspector-arrange">{ARRANGE.map((id) => button(id))}</div>
      <div className="inspector-actions">
        {button('connect-selected', 'Connect in order')}
        {button('duplicate')}
        {button('delete', 'Delete', true)}
      </div>
    </section>
  );
}
