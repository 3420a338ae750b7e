import type { Id } from '../../shared/model/ids';
import type { MapDocument } from '../../shared/model/vsm-map';
import { ConnectorList, NodeList } from './CanvasContent';
import type { IssueLevel } from './shapes/shape-props';
import type { Detail } from './shapes/shape-style';
import { useAnchors } from './use-anchors';

const NOTHING: ReadonlySet<Id> = new Set();
const NO_ISSUES: ReadonlyMap<Id, IssueLevel> = new Map();

/**
 * A map's nodes and connectors drawn with the canvas's own shapes, for looking at only (the
 * projector, the comparison): nothing selected, nothing draggable. Goes inside a Konva Layer.
 */
export function StaticMapContent({ doc, detail }: { doc: MapDocument; detail: Detail }) {
  const anchors = useAnchors(doc.nodes, doc.map.settings);
  return (
    <>
      <NodeList nodes={doc.nodes} editingId={null} issues={NO_ISSUES} detail={detail} settings={doc.map.settings} draggable={false} />
      <ConnectorList connectors={doc.connectors} anchors={anchors} selection={NOTHING} detail={detail} />
    </>
  );
}
