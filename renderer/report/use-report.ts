import { useEffect, useState } from 'react';
import { reportContents, type ReportContents } from '../../shared/report/report-contents';
import { REPORT_DETAIL_ATTRIBUTE, REPORT_STATE_ATTRIBUTE, type PaperSize, type ReportState } from '../../shared/report/report-page';
import { call, errorMessage } from '../api/client';
import { todayIsoDate } from '../workshops/WorkshopFormDialog';
import { drawMapPictures, type MapPictures } from './map-pictures';

/**
 * Loads the workshop, works out the report's contents and draws its maps one after another,
 * saying on the page's root element where it has got to: the hosts that print the report wait
 * for "ready" (see shared/report/report-page.ts), and a person previewing it sees the same words.
 */
export type ReportLoad =
  | { state: 'loading' | 'drawing'; detail: string; contents: ReportContents | null }
  | { state: 'ready'; detail: ''; contents: ReportContents; pictures: MapPictures[] }
  | { state: 'failed'; detail: string; contents: null };

function announce(state: ReportState, detail: string): void {
  const root = document.documentElement;
  root.setAttribute(REPORT_STATE_ATTRIBUTE, state);
  root.setAttribute(REPORT_DETAIL_ATTRIBUTE, detail);
}

export function useReport(workshopId: string, paper: PaperSize): ReportLoad {
  const [load, setLoad] = useState<ReportLoad>({ state: 'loading', detail: 'Loading the workshop', contents: null });

  useEffect(() => {
    let cancelled = false;
    const show = (next: ReportLoad) => {
      if (cancelled) return;
      announce(next.state, next.detail);
      setLoad(next);
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
      document.documentElement.removeAttribute(REPORT_STATE_ATTRIBUTE);
      document.documentElement.removeAttribute(REPORT_DETAIL_ATTRIBUTE);
    };
  }, [workshopId, paper]);

  return load;
}
