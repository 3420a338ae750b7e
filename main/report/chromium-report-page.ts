import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { REPORT_STATE_ATTRIBUTE } from '../../shared/report/report-page';
import { ExportFailedError } from '../store/store-errors';
import { playwrightPdfOptions } from './print-options';
import { apiRefusalWords, type ApiRefusalWords } from '../../shared/i18n/refusals';
import type { OpenReportPage, PrintablePage } from './print-report-page';
import { READ_REPORT_STATE, toPageState } from './wait-for-report';

/**
 * The browser host's window to print from: a headless Chromium (Debian's, by default) driven by
 * playwright-core, on the host's own address with this run's token, exactly as a user's browser
 * would open it. playwright-core is loaded on the first report, so starting the host does not
 * pay for it.
 *
 * The window stays open for a while after a report, on the app's first screen: starting Chromium
 * and loading the app took about a second of every report, and a facilitator who prints once
 * tends to print again (the other paper, after a fix). Each report is drawn afresh on its own
 * route; a window that did not finish its report is thrown away, and an idle one is closed.
 */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export const REPORT_WINDOW_IDLE_MS = 5 * 60_000;

export type ChromiumReportOptions = {
  executablePath: string;
  /** The address the host printed at start (…/#token=…), known once it listens. */
  appAddress: () => string;
  /**
   * What the app reads once when it loads and a report depends on (the app's chosen locale, in
   * which a workshop without a language of its own is reported): a kept window whose app loaded
   * under another is loaded again before it draws a report.
   */
  appState?: () => Promise<string>;
  idleMs?: number;
};

export type ChromiumReportPages = {
  open: OpenReportPage;
  /** Closes the window kept for the next report, if there is one (when the host stops). */
  close: () => Promise<void>;
};

type Window = { browser: Browser; page: Page; loadedUnder: string };

/** The app's first screen, where the kept window waits: nothing of the last report stays drawn there. */
const WAITING_ROUTE = '#/';

export function noChromiumMessage(executablePath: string, say: ApiRefusalWords = apiRefusalWords()): string {
  return say('report.noChromium', { path: executablePath });
}

async function startWindow(executablePath: string, address: string, state: string, say: ApiRefusalWords): Promise<Window> {
  if (!fs.existsSync(executablePath)) throw new ExportFailedError(noChromiumMessage(executablePath, say));
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--disable-gpu'] }).catch((error: unknown) => {
    const problem = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new ExportFailedError(say('report.chromiumNotStarted', { path: executablePath, problem }));
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(address);
    return { browser, page, loadedUnder: state };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Moves the app to `route` without loading it again. */
async function showRoute(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, route);
}

/** Back to the waiting screen, once the report screen has gone (it clears its state on the page when it closes). */
async function leaveReport(page: Page): Promise<void> {
  await showRoute(page, WAITING_ROUTE);
  await page.waitForFunction((attribute) => !document.documentElement.hasAttribute(attribute), REPORT_STATE_ATTRIBUTE);
}

export function chromiumReportPages({
  executablePath,
  appAddress,
  appState = async () => '',
  idleMs = REPORT_WINDOW_IDLE_MS,
}: ChromiumReportOptions): ChromiumReportPages {
  let kept: Promise<Window> | null = null;
  let idleTimer: NodeJS.Timeout | null = null;

  const stopIdleTimer = () => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
  };

  const close = async () => {
    stopIdleTimer();
    const closing = kept;
    kept = null;
    await closing?.then(({ browser }) => browser.close()).catch(() => undefined);
  };

  const keep = () => {
    stopIdleTimer();
    idleTimer = setTimeout(() => void close(), idleMs);
    idleTimer.unref();
  };

  /** The kept window when it is still alive (its app loaded again if what it read at load has changed since), else a new one. */
  const windowToPrintFrom = async (say: ApiRefusalWords): Promise<Window> => {
    const existing = await kept?.catch(() => null);
    const state = await appState();
    if (existing && existing.browser.isConnected() && !existing.page.isClosed()) {
      if (existing.loadedUnder !== state) {
        // Only the address's fragment differs, which alone would not load the app again.
        await existing.page.goto('about:blank');
        await existing.page.goto(appAddress());
        existing.loadedUnder = state;
      }
      return existing;
    }
    await close();
    const starting = startWindow(executablePath, appAddress(), state, say);
    kept = starting;
    starting.catch(() => {
      if (kept === starting) kept = null;
    });
    return starting;
  };

  /** The window leaves the report while its PDF goes on to the user; the next report waits for that. */
  const leave = (window: Window) => {
    const leaving = leaveReport(window.page).then(() => window);
    kept = leaving;
    leaving.then(
      () => {
        if (kept === leaving) keep();
      },
      () => {
        if (kept === leaving) kept = null;
        void window.browser.close().catch(() => undefined);
      },
    );
  };

  const printable = async (window: Window, hash: string): Promise<PrintablePage> => {
    const { page } = window;
    await showRoute(page, hash);
    return {
      readState: () => page.evaluate(READ_REPORT_STATE),
      print: async (options) => page.pdf(playwrightPdfOptions(options)),
      close: async () => {
        const { state } = toPageState(await page.evaluate(READ_REPORT_STATE).catch(() => null));
        if (state === 'ready' || state === 'failed') leave(window);
        else await close();
      },
    };
  };

  /** A kept window that has gone wrong since (its page crashed, say) gives way to a new one. */
  const open: OpenReportPage = async (hash, say) => {
    stopIdleTimer();
    const reusing = kept !== null;
    try {
      return await printable(await windowToPrintFrom(say), hash);
    } catch (error) {
      await close();
      if (!reusing) throw error;
      return printable(await windowToPrintFrom(say), hash);
    }
  };

  return { open, close };
}
