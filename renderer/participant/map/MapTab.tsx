import type { MapDocument } from '../../../shared/model/vsm-map';
import { MapMetrics } from './MapMetrics';
import { PinchMap } from './PinchMap';

/** The map to pinch and the figures under it. */
export function MapTab({ doc }: { doc: MapDocument }) {
  return (
    <>
      <PinchMap doc={doc} />
      <MapMetrics doc={doc} />
    </>
  );
}
