import { useEffect, useState } from 'react';
import type { WorkshopOverview } from '../../shared/api/workshop-contract';
import type { MapDocument } from '../../shared/model/vsm-map';
import { call, errorMessage } from '../api/client';

export type FutureMaps = { overview: WorkshopOverview; docs: MapDocument[] };

/** The workshop and its future-state maps, loaded whole: the action plan names their steps and bursts. */
export function useFutureMaps(workshopId: string): { loaded: FutureMaps | null; problem: string | null } {
  const [loaded, setLoaded] = useState<FutureMaps | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const overview = await call('workshop.get', { id: workshopId });
      const futures = overview.maps.filter((map) => map.state === 'future');
      const docs = await Promise.all(futures.map((map) => call('map.load', { mapId: map.id })));
      if (!cancelled) setLoaded({ overview, docs });
    })().catch((error: unknown) => !cancelled && setProblem(errorMessage(error)));
    return () => {
      cancelled = true;
    };
  }, [workshopId]);
  return { loaded, problem };
}
