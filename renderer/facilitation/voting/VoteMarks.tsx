import { use } from 'react';
import { Circle, Group, Rect, Text } from 'react-konva';
import type { PresentationView } from '../../../shared/facilitation/presentation';
import { heatOf } from '../../../shared/facilitation/voting-results';
import type { MapNode } from '../../../shared/model/map-node';
import { CANVAS_FONT_FAMILY } from '../../canvas/shapes/shape-style';
import { ViewScaleContext } from '../../canvas/view-scale';
import { layoutDots, MIN_DOT_SCREEN_RADIUS, type DotSpec } from './vote-layout';

type VoteMarksProps = {
  nodes: readonly MapNode[];
  dots: ReadonlyMap<string, readonly DotSpec[]>;
  /** 'dots': each dot on its item; 'heat': items washed in red by their share of the top item's dots. */
  view: Exclude<PresentationView, 'map'>;
  /** Show each voted item's total in a badge (after the reveal, or in an open vote). */
  showTotals: boolean;
};

const HEAT_RGB = '220, 38, 38';

function TotalBadge({ node, total }: { node: MapNode; total: number }) {
  const r = Math.max(16, Math.min(28, node.width / 6));
  return (
    <Group x={node.x + node.width} y={node.y} listening={false}>
      <Circle radius={r} fill="#1b1f24" stroke="#ffffff" strokeWidth={3} />
      <Text
        text={String(total)}
        x={-r}
        y={-r}
        width={2 * r}
        height={2 * r}
        align="center"
        verticalAlign="middle"
        fontSize={r * 1.1}
        fontStyle="bold"
        fontFamily={CANVAS_FONT_FAMILY}
        fill="#ffffff"
      />
    </Group>
  );
}

/** Voting dots or the heat view drawn over the map, read-only; shared by the facilitator's canvas and the projector. */
export function VoteMarks({ nodes, dots, view, showTotals }: VoteMarksProps) {
  const minRadius = MIN_DOT_SCREEN_RADIUS / use(ViewScaleContext);
  const heat = heatOf([...dots].map(([nodeId, list]) => ({ nodeId, total: list.length })));
  return (
    <Group listening={false} name="vote-marks">
      {view === 'heat' &&
        nodes.map((node) => {
          const share = heat.get(node.id) ?? 0;
          return (
            <Rect
              key={`heat-${node.id}`}
              x={node.x}
              y={node.y}
              width={node.width}
              height={node.height}
              fill={share > 0 ? `rgba(${HEAT_RGB}, ${0.15 + 0.4 * share})` : 'rgba(255, 255, 255, 0.6)'}
              cornerRadius={2}
            />
          );
        })}
      {nodes.map((node) => {
        const list = dots.get(node.id);
        if (!list || list.length === 0) return null;
        return (
          <Group key={node.id}>
            {view === 'dots' &&
              layoutDots(node, list, minRadius).map((dot, index) => (
                <Group key={index} x={dot.x} y={dot.y}>
                  <Circle
                    name="vote-dot"
                    radius={dot.r}
                    fill={dot.color}
                    stroke="#ffffff"
                    strokeWidth={2}
                    shadowColor="#000"
                    shadowOpacity={0.25}
                    shadowBlur={3}
                  />
                  {dot.label && (
                    <Text
                      text={dot.label}
                      x={-dot.r}
                      y={-dot.r}
                      width={2 * dot.r}
                      height={2 * dot.r}
                      align="center"
                      verticalAlign="middle"
                      fontSize={dot.r * 0.85}
                      fontStyle="bold"
                      fontFamily={CANVAS_FONT_FAMILY}
                      fill="#ffffff"
                    />
                  )}
                </Group>
              ))}
            {showTotals && <TotalBadge node={node} total={list.length} />}
          </Group>
        );
      })}
    </Group>
  );
}
