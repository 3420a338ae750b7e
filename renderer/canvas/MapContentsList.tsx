import { uiText } from '../i18n/ui-text';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Connector } from '../../shared/model/connector';
import type { Id } from '../../shared/model/ids';
import type { MapNode } from '../../shared/model/map-node';
import type { MapSettings } from '../../shared/model/vsm-map';
import { nodeLabel } from '../../shared/vsm';
import { kindLabel } from './shapes/node-kind-views';
import { symbolDataLine } from './shapes/data-lines';
import type { IssueLevel } from './shapes/shape-props';

type MapContentsListProps = {
  nodes: readonly MapNode[];
  connectors: readonly Connector[];
  selection: ReadonlySet<Id>;
  issues: ReadonlyMap<Id, IssueLevel>;
  settings: MapSettings;
  /** `add`: Shift was held (Shift+Enter, Shift+click), so the node joins the selection instead of replacing it. */
  onSelect: (id: Id, add: boolean) => void;
};

/** A node as a screen reader says it: its text; else what it is and what it holds, as drawn under it ("Inventory: 7,000 pcs"). */
function spokenName(node: MapNode, settings: MapSettings): string {
  if (node.text.trim() !== '') return node.text;
  const data = symbolDataLine(node, settings);
  return data
    ? uiText('canvas:contents.withData', { kind: kindLabel(node.kind), data })
    : uiText('canvas:contents.empty', { kind: kindLabel(node.kind) });
}

/**
 * The canvas is a picture to assistive technology; this list says what is on it, in stacking
 * order, and lets a keyboard or screen-reader user select any node or connector (Shift+Enter
 * adds one to the selection, so L can connect steps without a mouse). It stays out of sight
 * until it holds the keyboard focus. End-to-end tests read the map through it.
 */
export const MapContentsList = memo(function MapContentsList({ nodes, connectors, selection, issues, settings, onSelect }: MapContentsListProps) {
  const { t } = useTranslation('canvas');
  const labels = new Map(nodes.map((node) => [node.id, nodeLabel(node)]));
  return (
    <div className="map-contents">
      <ul aria-label={t('contents.label')}>
        {nodes.map((node) => (
          <li
            key={node.id}
            data-node-id={node.id}
            data-kind={node.kind}
            data-color={node.color}
            data-x={node.x}
            data-y={node.y}
            data-width={node.width}
            data-height={node.height}
            data-issue={issues.get(node.id) ?? undefined}
          >
            <button type="button" aria-pressed={selection.has(node.id)} onClick={(event) => onSelect(node.id, event.shiftKey)}>
              {spokenName(node, settings)}
            </button>
          </li>
        ))}
      </ul>
      <ul aria-label={t('contents.connectors')}>
        {connectors.map((connector) => (
          <li key={connector.id} data-connector-id={connector.id} data-kind={connector.kind} data-from={connector.fromId} data-to={connector.toId}>
            <button type="button" aria-pressed={selection.has(connector.id)} onClick={(event) => onSelect(connector.id, event.shiftKey)}>
              {t(`contents.connector.${connector.kind}`, { from: labels.get(connector.fromId) ?? '?', to: labels.get(connector.toId) ?? '?' })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
});
