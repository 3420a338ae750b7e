import type { ActionSortNames } from '../../shared/action-plan/action-sort';
import type { ActionItem } from '../../shared/action-plan/action-item';
import type { Id } from '../../shared/model/ids';
import type { MapNode } from '../../shared/model/map-node';
import type { MapDocument } from '../../shared/model/vsm-map';
import { nodeLabel } from '../../shared/vsm';

/** What the action plan shows for the ids an action holds: map names, step and burst labels. */
export type ActionNames = ActionSortNames & {
  doc: (mapId: Id) => MapDocument | undefined;
  node: (action: ActionItem, nodeId: Id | null) => MapNode | null | 'gone';
};

export function actionNames(docs: readonly MapDocument[]): ActionNames {
  const byId = new Map(docs.map((doc) => [doc.map.id, doc]));
  const nodes = new Map(docs.map((doc) => [doc.map.id, new Map(doc.nodes.map((node) => [node.id, node]))]));
  const node = (action: ActionItem, nodeId: Id | null) => (nodeId === null ? null : (nodes.get(action.mapId)?.get(nodeId) ?? 'gone'));
  return {
    doc: (mapId) => byId.get(mapId),
    node,
    mapName: (action) => byId.get(action.mapId)?.map.name ?? '',
    stepLabel: (action) => {
      const step = node(action, action.stepNodeId);
      return step === null ? null : step === 'gone' ? '' : nodeLabel(step);
    },
  };
}
