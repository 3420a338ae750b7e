import { useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Layer, Stage } from 'react-konva';
import type { MapDocument } from '../../shared/model/vsm-map';
import { fitMargin, valueStreamBounds } from '../canvas/fit-content';
import { detailForScale } from '../canvas/shapes/shape-style';
import { StaticMapContent } from '../canvas/StaticMapContent';
import { useElementSize } from '../canvas/use-element-size';
import { ViewScaleContext } from '../canvas/view-scale';
import { fitRect, stageTransform } from '../editor/viewport';

/** Small maps are enlarged for the room, up to this factor; large ones shrink to fit. */
const PROJECTOR_MAX_SCALE = 2.5;

/** The map, read-only and as large as the screen allows, with whatever the overlay draws on it. */
export function ProjectorMap({ doc, overlay }: { doc: MapDocument; overlay?: ReactNode }) {
  const { t } = useTranslation('projector');
  const containerRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(containerRef);
  const settings = doc.map.settings;
  const viewport = useMemo(
    () => fitRect(valueStreamBounds(doc.nodes, settings), size, fitMargin(size), PROJECTOR_MAX_SCALE),
    [doc.nodes, settings, size],
  );
  return (
    <div ref={containerRef} className="projector-map" data-testid="projector-map">
      {size.width > 0 && (
        <Stage width={size.width} height={size.height} {...stageTransform(viewport)} listening={false}>
          <Layer listening={false}>
            <StaticMapContent doc={doc} detail={detailForScale(viewport.scale)} />
            <ViewScaleContext value={viewport.scale}>{overlay}</ViewScaleContext>
          </Layer>
        </Stage>
      )}
      {doc.nodes.length === 0 && <p className="projector-empty">{t('emptyMap')}</p>}
    </div>
  );
}
