import Konva from 'konva';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Label, Rect, Tag, Text } from 'react-konva';
import { placeBadges, type BadgeRequest } from '../../shared/comparison/badge-placement';
import type { StepMark } from '../../shared/comparison/step-marks';
import type { Rect as RectShape } from '../../shared/geometry/rect';
import { CANVAS_FONT_FAMILY } from '../canvas/shapes/shape-style';
import { MARK_STYLE } from './difference-style';

type DifferenceMarksProps = {
  marks: readonly StepMark[];
  /** What a badge should not cover: the future map's nodes. */
  obstacles: readonly RectShape[];
  /** The zoom, so that badges keep a readable size on screen. */
  scale: number;
  onHover: (mark: StepMark | null, at: { x: number; y: number } | null) => void;
};

const BADGE_FONT_PX = 15;
const BADGE_PADDING_PX = 4;
const OUTLINE_PX = 4;
const BADGE_FONT_STYLE = 'bold';

/** A badge's size on screen, in pixels: its word in the badge's font, with padding. */
function badgeSize(word: string): { width: number; height: number } {
  const text = new Konva.Text({
    text: word.toUpperCase(),
    fontFamily: CANVAS_FONT_FAMILY,
    fontStyle: BADGE_FONT_STYLE,
    fontSize: BADGE_FONT_PX,
    padding: BADGE_PADDING_PX,
  });
  const size = { width: text.width(), height: text.height() };
  text.destroy();
  return size;
}

function pointerOf(event: Konva.KonvaEventObject<MouseEvent>): { x: number; y: number } | null {
  return event.target.getStage()?.getPointerPosition() ?? null;
}

/**
 * The difference overlay on the future map: a ghost where a removed step or stock stood, an
 * outline and a badge on every new, changed, merged or split step, placed clear of the other
 * badges and of the map's nodes where there is room (badge-placement.ts). Hovering one shows its
 * details (the caller draws the tooltip).
 */
export function DifferenceMarks({ marks, obstacles, scale, onHover }: DifferenceMarksProps) {
  const { t } = useTranslation('comparison');
  const px = (pixels: number) => pixels / scale;
  const badges = useMemo(() => {
    const requests = marks.map((mark): BadgeRequest => {
      const size = badgeSize(t(`marks.${mark.kind}`));
      return { rect: mark.rect, width: size.width / scale, height: size.height / scale, prefer: mark.kind === 'removed' ? 'below' : 'above' };
    });
    return placeBadges(requests, [...obstacles, ...marks.map((mark) => mark.rect)], { gap: 6 / scale });
  }, [marks, obstacles, scale, t]);
  return (
    <Group name="difference-marks">
      {marks.map((mark, index) => {
        const { color } = MARK_STYLE[mark.kind];
        const word = t(`marks.${mark.kind}`);
        const { x, y, width, height } = mark.rect;
        const removed = mark.kind === 'removed';
        return (
          <Group
            key={`${mark.kind}-${mark.nodeId}`}
            name="difference-mark"
            id={`mark-${mark.nodeId}`}
            onMouseEnter={(event) => onHover(mark, pointerOf(event))}
            onMouseMove={(event) => onHover(mark, pointerOf(event))}
            onMouseLeave={() => onHover(null, null)}
          >
            <Rect
              x={x - px(6)}
              y={y - px(6)}
              width={width + px(12)}
              height={height + px(12)}
              cornerRadius={px(6)}
              stroke={color}
              strokeWidth={px(OUTLINE_PX)}
              dash={removed ? [px(10), px(6)] : undefined}
              fill={removed ? 'rgba(87, 96, 106, 0.12)' : 'rgba(255, 255, 255, 0.001)'}
            />
            {removed && (
              <Text
                x={x}
                y={y}
                width={width}
                height={height}
                text={mark.label}
                align="center"
                verticalAlign="middle"
                fontFamily={CANVAS_FONT_FAMILY}
                fontSize={Math.min(px(15), height / 3)}
                fill={color}
                textDecoration="line-through"
                wrap="none"
                ellipsis
              />
            )}
            <Label x={badges[index]?.x ?? x} y={badges[index]?.y ?? y} name="difference-badge" id={`badge-${mark.nodeId}`}>
              <Tag fill={color} cornerRadius={px(4)} />
              <Text
                text={word.toUpperCase()}
                fontFamily={CANVAS_FONT_FAMILY}
                fontStyle={BADGE_FONT_STYLE}
                fontSize={px(BADGE_FONT_PX)}
                padding={px(BADGE_PADDING_PX)}
                fill="#ffffff"
              />
            </Label>
          </Group>
        );
      })}
    </Group>
  );
}
