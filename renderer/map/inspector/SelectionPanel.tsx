import { tooltip, type MapCommand } from '../keyboard-shortcuts';
import { countOf } from '../../../shared/util/count-words';

type SelectionPanelProps = { nodeCount: number; connectorCount: number; onCommand: (command: MapCommand) => void };

const ARRANGE: Array<[MapCommand, string]> = [
  ['align-left', 'Align left'],
  ['align-centre', 'Align centres'],
  ['align-right', 'Align right'],
  ['align-top', 'Align top'],
  ['align-middle', 'Align middles'],
  ['align-bottom', 'Align bottom'],
  ['distribute-horizontal', 'Distribute horizontally'],
  ['distribute-vertical', 'Distribute vertically'],
];

/** Several things selected: line them up, space them out, connect them in order. */
export function SelectionPanel({ nodeCount, connectorCount, onCommand }: SelectionPanelProps) {
  const parts = [nodeCount > 0 ? countOf(nodeCount, 'node') : '', connectorCount > 0 ? countOf(connectorCount, 'arrow') : ''];
  return (
    <section className="inspector-panel" aria-labelledby="inspector-selection-heading">
      <h2 id="inspector-selection-heading" className="inspector-heading">
        {parts.filter(Boolean).join(' and ')} selected
      </h2>
      <div className="inspector-arrange">
        {ARRANGE.map(([command, label]) => (
          <button
            key={command}
            type="button"
            className="button"
            title={tooltip(label, command)}
            disabled={command.startsWith('distribute') ? nodeCount < 3 : nodeCount < 2}
            onClick={() => onCommand(command)}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="inspector-actions">
        <button type="button" className="button" title={tooltip('Connect in selection order', 'connect-selected')} disabled={nodeCount < 2} onClick={() => onCommand('connect-selected')}>
          Connect in order
        </button>
        <button type="button" className="button" title={tooltip('Duplicate', 'duplicate')} onClick={() => onCommand('duplicate')}>
          Duplicate
        </button>
        <button type="button" className="button button-danger-text" title={tooltip('Delete', 'delete')} onClick={() => onCommand('delete')}>
          Delete
        </button>
      </div>
    </section>
  );
}
