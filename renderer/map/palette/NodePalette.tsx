import { CONNECTOR_KINDS, type ConnectorKind } from '../../../shared/model/connector';
import type { NodeKind } from '../../../shared/model/node-kinds';
import { kindName } from '../../../shared/vsm';
import { NODE_KIND_DRAG_TYPE } from '../../canvas/MapCanvas';
import { tooltip } from '../keyboard-shortcuts';
import { CONNECTOR_KIND_NAMES, PALETTE_SECTIONS } from './palette-items';
import { ConnectorKindIcon, NodeKindIcon } from './PaletteIcon';

type NodePaletteProps = {
  connectorKind: ConnectorKind;
  connecting: boolean;
  onAdd: (kind: NodeKind) => void;
  onPickConnector: (kind: ConnectorKind) => void;
};

/**
 * Every symbol of the notation: click (or Enter) adds it in the middle of the view, dragging
 * drops it where it is let go. The flows below pick the kind of connector the connect tool
 * draws, and switch the tool on.
 */
export function NodePalette({ connectorKind, connecting, onAdd, onPickConnector }: NodePaletteProps) {
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
                  title={item.command ? tooltip(`${label} — click, or drag onto the map`, item.command) : `${label} — click, or drag onto the map`}
                  draggable
                  onDragStart={(event) => {
                    event.dataTransfer.setData(NODE_KIND_DRAG_TYPE, item.kind);
                    event.dataTransfer.effectAllowed = 'copy';
                  }}
                  onClick={() => onAdd(item.kind)}
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
              title={tooltip(`Draw ${CONNECTOR_KIND_NAMES[kind].toLowerCase()} arrows: drag or click from one node to another`, 'connect-tool')}
              onClick={() => onPickConnector(kind)}
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
