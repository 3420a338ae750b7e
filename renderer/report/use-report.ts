import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatForLanguage } from '../../shared/locale/locale-format';
import { reportContents, type ReportContents } from '../../shared/report/report-contents';
import type { PaperSize } from '../../shared/report/report-page';
import { call, errorMessage } from '../api/client';
import { todayIsoDate } from '../components/format-dates';
import { useLocaleFormat } from '../i18n/I18nProvider';
import { followUiLanguage } from '../ui-text/ui-text';
import { drawMapPictures, releaseMapPictures, type MapPictures } from './map-pictures';

/**
 * Loads the workshop, works out the report's contents and draws its maps one after another,
 * saying where it has got to (use-report-state.ts puts that on the page for the hosts). The
 * report is in the workshop's language (the room's), or the app's for a workshop without one;
 * its figures keep the user's own locale when it is of that language.
 */
export type ReportLoad =
  | { state: 'loading' | 'drawing'; detail: string; contents: ReportContents | null }
  | { state: 'ready'; detail: ''; contents: ReportContents; pictures: MapPictures[] }
  | { state: 'failed'; detail: string; contents: null };

export function useReport(workshopId: string, paper: PaperSize): ReportLoad {
  const { t } = useTranslation('report');
  const ui = useLocaleFormat();
  const [load, setLoad] = useState<ReportLoad>({ state: 'loading', detail: t('screen.loading'), contents: null });

  useEffect(() => {
    let cancelled = false;
    const pictures: MapPictures[] = [];
    const show = (next: ReportLoad) => {
      if (!cancelled) setLoad(next);
    };
    async function run() {
      show({ state: 'loading', detail: t('screen.loading'), contents: null });
      const file = await call('workshop.exportFile', { id: workshopId });
      const contents = reportContents(file, todayIsoDate(), formatForLanguage(file.workshop.language, ui));
      // The maps' data boxes are drawn with the words made outside components: in the report's language while they are drawn.
      followUiLanguage(contents.format.language, contents.format.locale);
      try {
        for (const [index, map] of contents.maps.entries()) {
          show({ state: 'drawing', detail: t('screen.drawing', { index: index + 1, count: contents.maps.length }), contents });
          const drawn = await drawMapPictures(map.doc, paper);
          if (cancelled) {
            releaseMapPictures([drawn]);
            return;
          }
          pictures.push(drawn);
        }
      } finally {
        followUiLanguage(ui.language, ui.locale);
      }
      show({ state: 'ready', detail: '', contents, pictures });
    }
    run().catch((error: unknown) => show({ state: 'failed', detail: errorMessage(error), contents: null }));
    return () => {
      cancelled = true;
      releaseMapPictures(pictures);
    };
  }, [workshopId, paper, t, ui]);

  return load;
}
