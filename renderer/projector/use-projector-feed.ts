import { useEffect, useState } from 'react';
import type { ProjectorSnapshot } from '../../shared/api/projector-contract';
import type { MapDocument } from '../../shared/model/vsm-map';
import { call, errorMessage } from '../api/client';

export const POLL_INTERVAL_MS = 500;

export type ProjectorFeed = { snapshot: ProjectorSnapshot | null; doc: MapDocument | null; problem: string | null };

/**
 * Follows the facilitator: asks for the presentation state twice a second (both hosts answer
 * the same API, so no push channel is needed) and loads the map again only when another map is
 * shown or its revision has moved on. A failed poll keeps the last picture and tries again.
 */
export function useProjectorFeed(workshopId: string): ProjectorFeed {
  const [snapshot, setSnapshot] = useState<ProjectorSnapshot | null>(null);
  const [doc, setDoc] = useState<MapDocument | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let loaded: { id: string; revision: number } | null = null;

    async function poll() {
      try {
        const next = await call('projector.snapshot', { workshopId });
        if (stopped) return;
        setSnapshot(next);
        setProblem(null);
        const wanted = next.map;
        if (!wanted) {
          loaded = null;
          setDoc(null);
        } else if (!loaded || loaded.id !== wanted.id || loaded.revision !== wanted.revision) {
          const map = await call('map.load', { mapId: wanted.id });
          if (stopped) return;
          loaded = { id: map.map.id, revision: map.map.revision };
          setDoc(map);
        }
      } catch (error) {
        if (!stopped) setProblem(errorMessage(error));
      } finally {
        if (!stopped) timer = setTimeout(() => void poll(), POLL_INTERVAL_MS);
      }
    }

    void poll();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [workshopId]);

  return { snapshot, doc, problem };
}
