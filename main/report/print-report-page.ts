import type { PaperSize } from '../../shared/report/report-page';
import { reportHash } from '../../shared/report/report-page';
import type { Language } from '../../shared/i18n/languages';
import { apiRefusalWords, type ApiRefusalWords } from '../../shared/i18n/refusals';
import { ExportFailedError } from '../store/store-errors';
import { reportPrintOptions, type ReportPrintOptions } from './print-options';
import type { ProgressReport } from './report-jobs';
import { waitForReport } from './wait-for-report';

/**
 * Printing the report, the one path both hosts take: open the report page in a window of their
 * own (a hidden Electron window, or a headless Chromium page), wait until it says it is drawn,
 * print it with the shared options, and close it whatever happened.
 */
export type PrintablePage = {
  /** The page's report state, read from its root element (see READ_REPORT_STATE). */
  readState: () => Promise<unknown>;
  print: (options: ReportPrintOptions) => Promise<Uint8Array>;
  close: () => Promise<void>;
};

/** Opens the app at a hash route in a window the host prints from; `say` words what goes wrong, in the request's language. */
export type OpenReportPage = (hash: string, say: ApiRefusalWords) => Promise<PrintablePage>;

/** `language`: the report's, which the running header and the page numbers are printed in. */
export type ReportRequest = { workshopId: string; paper: PaperSize; language?: Language };

export type ReportPrinter = (request: ReportRequest, report: ProgressReport) => Promise<Uint8Array>;

export function createReportPrinter(open: OpenReportPage, timeoutMs?: number): ReportPrinter {
  return async ({ workshopId, paper, language }, report) => {
    const say = apiRefusalWords();
    report('opening', '');
    const page = await open(reportHash(workshopId, paper), say);
    try {
      await waitForReport(page.readState, (detail) => report('drawing', detail), timeoutMs, undefined, say);
      report('printing', '');
      return await page.print(reportPrintOptions(paper, language));
    } finally {
      await page.close();
    }
  };
}

export const cannotPrint: ReportPrinter = () => Promise.reject(new ExportFailedError(apiRefusalWords()('report.cannotPrint')));
