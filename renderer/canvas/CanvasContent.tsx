import { memo } from 'react';
import type { AnchorBox } from '../../shared/geometry/connector-route';
import type { Connector } from '../../shared/model/connector';
import type { Id } from '../../shared/model/ids';
import type { MapNode } from '../../shared/model/map-node';
import type { MapSettings } from '../../shared/model/vsm-map';
import { ConnectorShape } from './connectors/ConnectorShape';
import { BadgeScaleContext, badgeScaleFor } from './shapes/badge-scale';
import { NodeShape } from './shapes/NodeShape';
import type { IssueLevel } from './shapes/shape-props';
import type { Detail } from './shapes/shape-style';

type NodeListProps = {
  nodes: readonly MapNode[];
  editingId: Id | null;
  issues: ReadonlyMap<Id, IssueLevel>;
  detail: Detail;
  settings: MapSettings;
  draggable: boolean;
};

/**
 * The nodes, each a memoised shape: an edit re-renders only the nodes whose data changed,
 * because applying a change list keeps every untouched node object as it was, and a selection
 * only the nodes it selects or leaves (each reads its own, selection-source.ts).
 */
export const NodeList = memo(function NodeList({ nodes, editingId, issues, detail, settings, draggable }: NodeListProps) {
  return (
    <BadgeScaleContext value={badgeScaleFor(detail)}>
      {nodes.map((node) => (
        <NodeShape
          key={node.id}
          node={node}
          editing={node.id === editingId}
          issue={issues.get(node.id) ?? null}
          detail={detail}
          settings={settings}
          draggable={draggable}
        />
      ))}
    </BadgeScaleContext>
  );
});

type ConnectorListProps = {
  connectors: readonly Connector[];
  anchors: ReadonlyMap<Id, AnchorBox>;
  selection: ReadonlySet<Id>;
  detail: Detail;
};

export const ConnectorList = memo(function ConnectorList({ connectors, anchors, selection, detail }: ConnectorListProps) {
  return connectors.map((connector) => {
    const from = anchors.get(connector.fromId);
    const to = anchors.get(connector.toId);
    if (!from || !to) return null;
    return <ConnectorShape key={connector.id} connector={connector} from={from} to={to} selected={selection.has(connector.id)} detail={detail} />;
  });
});
