import { useEffect, useState } from 'react';
import { reportContents, type ReportContents } from '../../shared/report/report-contents';
import type { PaperSize } from '../../shared/report/report-page';
import { call, errorMessage } from '../api/client';
import { todayIsoDate } from '../components/format-dates';
import { drawMapPictures, type MapPictures } from './map-pictures';

/**
 * Loads the workshop, works out the report's contents and draws its maps one after another,
 * saying where it has got to (use-report-state.ts puts that on the page for the hosts).
 */
export type ReportLoad =
  | { state: 'loading' | 'drawing'; detail: string; contents: ReportContents | null }
  | { state: 'ready'; detail: ''; contents: ReportContents; pictures: MapPictures[] }
  | { state: 'failed'; detail: string; contents: null };

export function useReport(workshopId: string, paper: PaperSize): ReportLoad {
  const [load, setLoad] = useState<ReportLoad>({ state: 'loading', detail: 'Loading the workshop', contents: null });

  useEffect(() => {
    let cancelled = false;
    const show = (next: ReportLoad) => {
      if (!cancelled) setLoad(next);
    };
    async function run() {
      show({ state: 'loading', detail: 'Loading the workshop', contents: null });
      const contents = reportContents(await call('workshop.exportFile', { id: workshopId }), todayIsoDate());
      const pictures: MapPictures[] = [];
      for (const [index, map] of contents.maps.entries()) {
        show({ state: 'drawing', detail: `Drawing map ${index + 1} of ${contents.maps.length}`, contents });
        pictures.push(await drawMapPictures(map.doc, paper));
        if (cancelled) return;
      }
      show({ state: 'ready', detail: '', contents, pictures });
    }
    run().catch((error: unknown) => show({ state: 'failed', detail: errorMessage(error), contents: null }));
    return () => {
      cancelled = true;
    };
  }, [workshopId, paper]);

  return load;
}
