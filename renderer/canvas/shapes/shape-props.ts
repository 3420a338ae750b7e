import type { MapNode } from '../../../shared/model/map-node';
import type { MapSettings } from '../../../shared/model/vsm-map';
import type { Severity } from '../../../shared/vsm';
import type { Detail } from './shape-style';
import type { TextLayout } from './text-layout';

/** The engine's worst finding on a node, marked with a badge. */
export type IssueLevel = Exclude<Severity, 'info'>;

/** What every node shape is drawn from; shapes take no callbacks, the stage handles all pointer events. */
export type ShapeProps = {
  node: MapNode;
  selected: boolean;
  /** The node's text is being edited in place, so the shape leaves it out. */
  editing: boolean;
  issue: IssueLevel | null;
  detail: Detail;
  settings: MapSettings;
  draggable: boolean;
};

/** What the shape of one kind is drawn from: the above, with its kind's caption and text layout from NODE_KIND_VIEWS. */
export type KindShapeProps = ShapeProps & {
  /** Drawn when the node has no text of its own; empty for kinds that draw nothing then. */
  caption: string;
  text: TextLayout;
};
