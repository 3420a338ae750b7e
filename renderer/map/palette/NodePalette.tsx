import { useTranslation } from 'react-i18next';
import { CONNECTOR_KINDS } from '../../../shared/model/connector';
import { NODE_KIND_DRAG_TYPE } from '../../canvas/MapCanvas';
import { kindLabel } from '../../canvas/shapes/node-kind-views';
import type { MapEditor } from '../../editor/map-editor';
import { useEditor } from '../../editor-react/use-editor';
import type { ActionHost } from '../../map-actions/action-host';
import { tooltip } from '../../map-actions/registry';
import { connectorKindName, PALETTE_SECTIONS } from './palette-items';
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
  const { t } = useTranslation('map');
  return (
    <nav className="node-palette" aria-label={t('palette.label')}>
      {PALETTE_SECTIONS.map((section) => (
        <section key={section.key} className="palette-section">
          <h2 className="palette-heading">{t(`palette.sections.${section.key}`)}</h2>
          <div className="palette-items">
            {section.items.map((item) => {
              const name = kindLabel(item.kind);
              const label = t('palette.add', { name });
              const hint = t('palette.addHint', { label });
              return (
                <button
                  key={item.kind}
                  type="button"
                  className="palette-item"
                  aria-label={label}
                  title={item.command ? tooltip(item.command, hint) : hint}
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
        <h2 className="palette-heading">{t('palette.flows')}</h2>
        <div className="palette-items" role="group" aria-label={t('palette.connectorKind')}>
          {CONNECTOR_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              className="palette-item"
              aria-label={t('palette.arrow', { name: connectorKindName(kind) })}
              aria-pressed={connecting && connectorKind === kind}
              title={tooltip('connect-tool', t('palette.drawArrows', { name: connectorKindName(kind) }))}
              disabled={locked}
              onClick={() => actions.run('pick-connector', { connectorKind: kind })}
            >
              <ConnectorKindIcon kind={kind} />
              <span>{connectorKindName(kind)}</span>
            </button>
          ))}
        </div>
      </section>
    </nav>
  );
}
