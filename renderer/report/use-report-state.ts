import { useEffect } from 'react';
import { REPORT_DETAIL_ATTRIBUTE, REPORT_STATE_ATTRIBUTE } from '../../shared/report/report-page';
import type { ReportLoad } from './use-report';

/**
 * Says on the page's root element how far the report has got, for the hosts that print it (see
 * shared/report/report-page.ts). It runs after the screen has rendered, and "ready" waits until
 * every map picture is decoded, so a host never prints a page that is not all there.
 */
function announce(state: string, detail: string): void {
  const root = document.documentElement;
  root.setAttribute(REPORT_STATE_ATTRIBUTE, state);
  root.setAttribute(REPORT_DETAIL_ATTRIBUTE, detail);
}

export function useReportState(load: ReportLoad): void {
  useEffect(() => {
    if (load.state !== 'ready') {
      announce(load.state, load.detail);
      return;
    }
    let cancelled = false;
    const pictures = [...document.querySelectorAll<HTMLImageElement>('.report-document img')];
    void Promise.all(pictures.map((picture) => picture.decode().catch(() => undefined))).then(() => {
      if (!cancelled) announce('ready', '');
    });
    return () => {
      cancelled = true;
    };
  }, [load]);

  useEffect(
    () => () => {
      document.documentElement.removeAttribute(REPORT_STATE_ATTRIBUTE);
      document.documentElement.removeAttribute(REPORT_DETAIL_ATTRIBUTE);
    },
    [],
  );
}
