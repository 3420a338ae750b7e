import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { uiText } from '../ui-text/ui-text';
import type { Connector } from '../../shared/model/connector';
import type { Id } from '../../shared/model/ids';
import type { MapNode } from '../../shared/model/map-node';
import type { MapSettings } from '../../shared/model/vsm-map';
import { useSelected } from './selection-source';
import { nodeLabel } from '../../shared/vsm';
import { kindLabel } from './shapes/node-kind-views';
import { symbolDataLine } from './shapes/data-lines';
import type { IssueLevel } from './shapes/shape-props';

type MapContentsListProps = {
  nodes: readonly MapNode[];
  connectors: readonly Connector[];
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
 * until it holds the keyboard focus. End-to-end tests read the map through it. Each item reads
 * whether it is selected itself (selection-source.ts), so a click that selects one note
 * re-renders two items, not thousands.
 */
export const MapContentsList = memo(function MapContentsList({ nodes, connectors, issues, settings, onSelect }: MapContentsListProps) {
  const labels = useMemo(() => new Map(nodes.map((node) => [node.id, nodeLabel(node)])), [nodes]);
  const { t } = useTranslation('canvas');
  return (
    <div className="map-contents">
      <ul aria-label={t('contents.label')}>
        {nodes.map((node) => (
          <NodeItem key={node.id} node={node} issue={issues.get(node.id)} settings={settings} onSelect={onSelect} />
        ))}
      </ul>
      <ul aria-label={t('contents.connectors')}>
        {connectors.map((connector) => (
          <ConnectorItem
            key={connector.id}
            connector={connector}
            label={t(`contents.connector.${connector.kind}`, { from: labels.get(connector.fromId) ?? '?', to: labels.get(connector.toId) ?? '?' })}
            onSelect={onSelect}
          />
        ))}
      </ul>
    </div>
  );
});

type NodeItemProps = {
  node: MapNode;
  issue: IssueLevel | undefined;
  settings: MapSettings;
  onSelect: MapContentsListProps['onSelect'];
};

const NodeItem = memo(function NodeItem({ node, issue, settings, onSelect }: NodeItemProps) {
  const selected = useSelected(node.id);
  return (
    <li
      data-node-id={node.id}
      data-kind={node.kind}
      data-color={node.color}
      data-x={node.x}
      data-y={node.y}
      data-width={node.width}
      data-height={node.height}
      data-issue={issue}
    >
      <button type="button" aria-pressed={selected} onClick={(event) => onSelect(node.id, event.shiftKey)}>
        {spokenName(node, settings)}
      </button>
    </li>
  );
});

type ConnectorItemProps = { connector: Connector; label: string; onSelect: MapContentsListProps['onSelect'] };

const ConnectorItem = memo(function ConnectorItem({ connector, label, onSelect }: ConnectorItemProps) {
  const selected = useSelected(connector.id);
  return (
    <li data-connector-id={connector.id} data-kind={connector.kind} data-from={connector.fromId} data-to={connector.toId}>
      <button type="button" aria-pressed={selected} onClick={(event) => onSelect(connector.id, event.shiftKey)}>
        {label}
      </button>
    </li>
  );
});
