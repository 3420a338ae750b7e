import { isOneOf } from '../util/is-one-of';

/**
 * The report page's contract with the hosts that print it. The page is an ordinary route of the
 * renderer; it loads the workshop, draws its maps, and then says on its root element that it is
 * ready (or that it failed, and why). The Electron shell and the browser host both wait for that
 * before printing, and read the page's progress from it while they wait.
 */
export const PAPER_SIZES = ['a4', 'letter'] as const;

export type PaperSize = (typeof PAPER_SIZES)[number];

export const PAPER_NAMES: Readonly<Record<PaperSize, string>> = { a4: 'A4', letter: 'Letter' };

export const REPORT_STATES = ['loading', 'drawing', 'ready', 'failed'] as const;

export type ReportState = (typeof REPORT_STATES)[number];

/** Attributes of document.documentElement: the state, and a sentence saying what the page is doing or what went wrong. */
export const REPORT_STATE_ATTRIBUTE = 'data-report-state';
export const REPORT_DETAIL_ATTRIBUTE = 'data-report-detail';

export type ReportPageState = { state: ReportState | null; detail: string };

export function reportHash(workshopId: string, paper: PaperSize): string {
  return `#/workshops/${encodeURIComponent(workshopId)}/report?paper=${paper}`;
}

export function isPaperSize(value: unknown): value is PaperSize {
  return isOneOf(PAPER_SIZES, value);
}

export function isReportState(value: unknown): value is ReportState {
  return isOneOf(REPORT_STATES, value);
}
