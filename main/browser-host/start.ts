import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../app-paths';
import { DEFAULT_CHROMIUM, openChromiumReportPage } from '../report/chromium-report-page';
import { createReportPrinter } from '../report/print-report-page';
import { openAppServices } from '../services/app-services';
import { openInBrowser } from './open-in-browser';
import { startBrowserHost } from './server';

/**
 * `node build/main/browser-host.js [--data-dir DIR] [--port N] [--chromium PATH] [--open]`: the app
 * without Electron, in any browser on this machine. The data folder comes from --data-dir, else
 * VSW_DATA_DIR, else the folder the desktop app uses. PDF reports are printed by the Chromium at
 * --chromium, else VSW_CHROMIUM, else /usr/bin/chromium.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      'renderer-dir': { type: 'string' },
      chromium: { type: 'string' },
      open: { type: 'boolean', default: false },
    },
  });
  const dataDir = path.resolve(values['data-dir'] ?? process.env.VSW_DATA_DIR ?? defaultDataDir());
  const port = Number(values.port ?? process.env.VSW_PORT ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not ${values.port}`);
  const here = path.dirname(fileURLToPath(import.meta.url));
  const staticDir = path.resolve(values['renderer-dir'] ?? path.join(here, '..', 'renderer'));

  const chromium = values.chromium ?? process.env.VSW_CHROMIUM ?? DEFAULT_CHROMIUM;
  let address = '';
  const printReport = createReportPrinter(openChromiumReportPage({ executablePath: chromium, appAddress: () => address }));
  const services = openAppServices(dataDir, { host: { printReport } });
  const { problem } = await services.started;
  const host = await startBrowserHost({ dispatch: services.dispatch, feed: services.feed, staticDir, port });
  address = host.url;
  console.log(`Value Stream Workshop data folder: ${dataDir}`);
  if (problem) console.log(`Value Stream Workshop found a problem with its database: ${problem.message} ${problem.detail}`.trim());
  console.log(`Value Stream Workshop is running. Open this address in Chromium or Chrome:\n  ${host.url}`);
  if (values.open) openInBrowser(host.url);

  const stop = () => {
    void host
      .close()
      .then(services.close)
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Value Stream Workshop could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
