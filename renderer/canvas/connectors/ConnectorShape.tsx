import { memo } from 'react';
import { Shape } from 'react-konva';
import type { AnchorBox } from '../../../shared/geometry/connector-route';
import type { Connector } from '../../../shared/model/connector';
import { INK, type Detail } from '../shapes/shape-style';
import { HIT_WIDTH } from './connector-style';
import { drawConnector, hitConnector } from './draw-connector';

type ConnectorShapeProps = { connector: Connector; from: AnchorBox; to: AnchorBox; selected: boolean; detail: Detail };

/** A flow between two nodes, drawn in its kind's notation (see draw-connector.ts). */
export const ConnectorShape = memo(function ConnectorShape({ connector, from, to, selected, detail }: ConnectorShapeProps) {
  return (
    <Shape
      id={connector.id}
      name="map-connector"
      fromId={connector.fromId}
      toId={connector.toId}
      kind={connector.kind}
      label={connector.label}
      fromBox={from}
      toBox={to}
      selected={selected}
      detail={detail}
      sceneFunc={drawConnector}
      hitFunc={hitConnector}
      stroke={INK}
      strokeWidth={2}
      hitStrokeWidth={HIT_WIDTH}
      perfectDrawEnabled={false}
    />
  );
});
