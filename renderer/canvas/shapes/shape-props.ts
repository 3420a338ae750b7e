import type { MapNode } from '../../../shared/model/map-node';
import type { MapSettings } from '../../../shared/model/vsm-map';
import type { Severity } from '../../../shared/vsm';
import type { Detail } from './shape-style';

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
