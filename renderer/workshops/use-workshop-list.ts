import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkshopSummary } from '../../shared/api/workshop-contract';
import { call, getFeed } from '../api/client';
import { followFeedWhileVisible } from '../sync/follow-feed';
import { workshopListReload } from '../sync/workshop-list-events';

/** How long the list lets "edited" times gather before it reads them: well under a glance at the list, well over a burst of saves. */
const EDITED_TIMES_AFTER_MS = 2_000;

/**
 * The workshops on this computer, kept as other windows change them: a workshop created,
 * renamed, duplicated, deleted or imported in another tab shows here within the feed's second.
 * Only the newest read's answer is shown, so two reads crossing never leave the older list up.
 */
export function useWorkshopList(report: (error: unknown) => void): { workshops: WorkshopSummary[] | null; refresh: () => Promise<void> } {
  const [workshops, setWorkshops] = useState<WorkshopSummary[] | null>(null);
  const newestRead = useRef(0);
  const refresh = useCallback(async () => {
    const read = ++newestRead.current;
    try {
      const list = await call('workshop.list', {});
      if (read === newestRead.current) setWorkshops(list);
    } catch (error) {
      if (read === newestRead.current) report(error);
    }
  }, [report]);

  useEffect(() => {
    const feed = getFeed();
    if (!feed) {
      void refresh();
      return undefined;
    }
    let later: ReturnType<typeof setTimeout> | null = null;
    const stop = followFeedWhileVisible(
      feed,
      (event) => {
        const when = workshopListReload(event);
        if (when === 'now') void refresh();
        else if (when === 'soon') {
          later ??= setTimeout(() => {
            later = null;
            void refresh();
          }, EDITED_TIMES_AFTER_MS);
        }
      },
      () => void refresh(),
    );
    return () => {
      stop();
      if (later) clearTimeout(later);
    };
  }, [refresh]);

  return { workshops, refresh };
}
