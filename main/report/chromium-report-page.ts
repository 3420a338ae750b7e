import fs from 'node:fs';
import { ExportFailedError } from '../store/store-errors';
import { playwrightPdfOptions } from './print-options';
import type { OpenReportPage } from './print-report-page';
import { READ_REPORT_STATE } from './wait-for-report';

/**
 * The browser host's window to print from: a headless Chromium (Debian's, by default) driven by
 * playwright-core, on the host's own address with this run's token, exactly as a user's browser
 * would open it. playwright-core is loaded on the first report, so starting the host does not
 * pay for it.
 */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export type ChromiumReportOptions = {
  executablePath: string;
  /** The address the host printed at start (…/#token=…), known once it listens. */
  appAddress: () => string;
};

export function noChromiumMessage(executablePath: string): string {
  return `No Chromium to print the report with at ${executablePath}. Install Chromium (on Debian: apt install chromium), or start the browser host with --chromium PATH (or the VSW_CHROMIUM environment variable) naming a Chromium or Chrome program.`;
}

export function openChromiumReportPage({ executablePath, appAddress }: ChromiumReportOptions): OpenReportPage {
  return async (hash) => {
    if (!fs.existsSync(executablePath)) throw new ExportFailedError(noChromiumMessage(executablePath));
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath, headless: true, args: ['--disable-gpu'] }).catch((error: unknown) => {
      throw new ExportFailedError(
        `Chromium at ${executablePath} could not be started: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(appAddress());
      await page.evaluate((route) => {
        window.location.hash = route;
      }, hash);
      return {
        readState: () => page.evaluate(READ_REPORT_STATE),
        print: async (options) => page.pdf(playwrightPdfOptions(options)),
        close: () => browser.close(),
      };
    } catch (error) {
      await browser.close();
      throw error;
    }
  };
}
