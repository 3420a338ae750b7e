import { CONNECTOR_KINDS } from '../../../shared/model/connector';
import { kindName } from '../../../shared/vsm';
import { NODE_KIND_DRAG_TYPE } from '../../canvas/MapCanvas';
import type { MapEditor } from '../../editor/map-editor';
import { useEditor } from '../../editor-react/use-editor';
import type { ActionHost } from '../../map-actions/action-host';
import { tooltip } from '../../map-actions/registry';
import { CONNECTOR_KIND_NAMES, PALETTE_SECTIONS } from './palette-items';
import { ConnectorKindIcon, NodeKindIcon } from './PaletteIcon';
import './palette.css';

type NodePaletteProps = { editor: MapEditor; actions: ActionHost };

/**
 * Every symbol of the notation: click (or Enter) adds it in the middle of the view, dragging
 * drops it where it is let go. The flows below pick the kind of connector the connect tool
 * draws, and switch the tool on. Outside editing, nothing here can be used.
 */
export function NodePalette({ editor, actions }: NodePaletteProps) {
  const connectorKind = useEditor(editor, (state) => state.session.connectorKind);
  const connecting = useEditor(editor, (state) => state.session.tool === 'connect');
  const locked = useEditor(editor, (state) => state.session.mode !== 'editing');
  return (
    <nav className="node-palette" aria-label="Palette">
      {PALETTE_SECTIONS.map((section) => (
        <section key={section.title} className="palette-section">
          <h2 className="palette-heading">{section.title}</h2>
          <div className="palette-items">
            {section.items.map((item) => {
              const name = kindName(item.kind);
              const label = `Add ${name.toLowerCase()}`;
              return (
                <button
                  key={item.kind}
                  type="button"
                  className="palette-item"
                  aria-label={label}
                  title={item.command ? tooltip(item.command, `${label} — click, or drag onto the map`) : `${label} — click, or drag onto the map`}
                  disabled={locked}
                  draggable={!locked}
                  onDragStart={(event) => {
                    event.dataTransfer.setData(NODE_KIND_DRAG_TYPE, item.kind);
                    event.dataTransfer.effectAllowed = 'copy';
                  }}
                  onClick={() => actions.run('add-node', { nodeKind: item.kind })}
                >
                  <NodeKindIcon kind={item.kind} />
                  <span>{name}</span>
                </button>
              );
            })}
          </div>
        </section>
      ))}
      <section className="palette-section">
        <h2 className="palette-heading">Flows</h2>
        <div className="palette-items" role="group" aria-label="Connector kind">
          {CONNECTOR_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              className="palette-item"
              aria-label={`${CONNECTOR_KIND_NAMES[kind]} arrow`}
              aria-pressed={connecting && connectorKind === kind}
              title={tooltip('connect-tool', `Draw ${CONNECTOR_KIND_NAMES[kind].toLowerCase()} arrows: drag or click from one node to another`)}
              disabled={locked}
              onClick={() => actions.run('pick-connector', { connectorKind: kind })}
            >
              <ConnectorKindIcon kind={kind} />
              <span>{CONNECTOR_KIND_NAMES[kind]}</span>
            </button>
          ))}
        </div>
      </section>
    </nav>
  );
}
