import { isReportState, REPORT_DETAIL_ATTRIBUTE, REPORT_STATE_ATTRIBUTE, type ReportPageState } from '../../shared/report/report-page';
import { apiRefusalWords, type ApiRefusalWords } from '../../shared/i18n/refusals';
import { ExportFailedError } from '../store/store-errors';

/**
 * Waiting for the report page to finish drawing. The page writes its state on its root element;
 * this reads it (through whatever the host evaluates script with) until the page is ready, has
 * failed, or has taken too long, and passes the page's own account of what it is doing along.
 * `say` is the request's words, read before the first wait, as a wait loses the request's language.
 */
export const READ_REPORT_STATE = `({ state: document.documentElement.getAttribute('${REPORT_STATE_ATTRIBUTE}'), detail: document.documentElement.getAttribute('${REPORT_DETAIL_ATTRIBUTE}') ?? '' })`;

export const REPORT_TIMEOUT_MS = 180_000;

const POLL_MS = 100;

export function toPageState(value: unknown): ReportPageState {
  if (typeof value !== 'object' || value === null) return { state: null, detail: '' };
  const state = 'state' in value ? value.state : null;
  const detail = 'detail' in value ? value.detail : '';
  return { state: isReportState(state) ? state : null, detail: typeof detail === 'string' ? detail : '' };
}

export async function waitForReport(
  readState: () => Promise<unknown>,
  onDetail: (detail: string) => void,
  timeoutMs = REPORT_TIMEOUT_MS,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  say: ApiRefusalWords = apiRefusalWords(),
): Promise<void> {
  let waited = 0;
  let lastDetail = '';
  for (;;) {
    const { state, detail } = toPageState(await readState());
    if (state === 'ready') return;
    if (state === 'failed') throw new ExportFailedError(say('report.failed', { detail: detail || say('report.pageFailed') }));
    if (detail && detail !== lastDetail) onDetail(detail);
    lastDetail = detail;
    if (waited >= timeoutMs) {
      const seconds = Math.round(timeoutMs / 1000);
      throw new ExportFailedError(detail ? say('report.tooSlowWhile', { seconds, detail }) : say('report.tooSlow', { seconds }));
    }
    await sleep(POLL_MS);
    waited += POLL_MS;
  }
}
