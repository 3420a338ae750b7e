import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../app-paths';
import { chromiumReportPages, DEFAULT_CHROMIUM } from '../report/chromium-report-page';
import { createReportPrinter } from '../report/print-report-page';
import { openAppServices, type AppServicesOptions } from '../services/app-services';
import { makePrivateFolder } from '../services/data-folder';
import { heldFolderLanguage } from '../desktop/held-folder-language';
import { describeHolder, lockDataFolder } from '../services/instance-lock';
import { keepHostSecret, readHostSecret } from './host-secret';
import { removeLaunchPage, writeLaunchPage } from './launch-page';
import { openInBrowser } from './open-in-browser';
import { newToken } from './request-guard';
import { startBrowserHost, type BrowserHost, type BrowserHostOptions } from './server';

/**
 * `node build/main/browser-host.js [--data-dir DIR] [--port N] [--chromium PATH] [--open]`: the app
 * without Electron, in any browser on this machine. The data folder comes from --data-dir, else
 * VSW_DATA_DIR, else the folder the desktop app uses. PDF reports are printed by the Chromium at
 * --chromium, else VSW_CHROMIUM, else /usr/bin/chromium. Without a port it comes back on the port
 * and token of its last run on the folder, so a tab left open carries on after a restart.
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

  makePrivateFolder(dataDir);
  const locked = lockDataFolder(dataDir, 'browser host');
  if (!locked.ok) {
    console.error(describeHolder(dataDir, locked.holder, heldFolderLanguage(dataDir, Intl.DateTimeFormat().resolvedOptions().locale)));
    process.exit(1);
  }

  const chromium = values.chromium ?? process.env.VSW_CHROMIUM ?? DEFAULT_CHROMIUM;
  let address = '';
  const reportPages = chromiumReportPages({
    executablePath: chromium,
    appAddress: () => address,
    appState: async () => JSON.stringify(await services.dispatch('settings.get', {})),
  });
  const printReport = createReportPrinter(reportPages.open);
  const services = openAppServices(dataDir, {
    host: { printReport },
    importWorker: path.join(here, 'import-worker.js'),
    participantPageDir: path.join(here, '..', 'participant'),
    ...testRoomInterface(process.env.VSW_TEST_ROOM_ADDRESS),
  });
  const { problem } = await services.started;
  const previous = readHostSecret(dataDir);
  const host = await listen(
    { dispatch: services.dispatch, feed: services.feed, staticDir, token: previous?.token ?? newToken() },
    port || previous?.port || 0,
    port === 0,
  );
  keepHostSecret(dataDir, { token: host.token, port: host.port });
  locked.lock.setAddress(host.url);
  address = host.url;
  console.log(`Value Stream Workshop data folder: ${dataDir}`);
  if (problem) console.log(`Value Stream Workshop found a problem with its database: ${problem.message} ${problem.detail}`.trim());
  console.log(`Value Stream Workshop is running. Open this address in Chromium or Chrome:\n  ${host.url}`);
  if (values.open) openInBrowser(writeLaunchPage(dataDir, host.url));

  const stop = () => {
    void host
      .close()
      .then(reportPages.close)
      .then(services.close)
      .finally(() => {
        locked.lock.release();
        removeLaunchPage(dataDir);
        process.exit(0);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Listens on the wanted port; a remembered port another program has taken since gives way to any free one. */
async function listen(options: Omit<BrowserHostOptions, 'port'>, port: number, anyPortWillDo: boolean): Promise<BrowserHost> {
  try {
    return await startBrowserHost({ ...options, port });
  } catch (error) {
    const inUse = error instanceof Error && 'code' in error && error.code === 'EADDRINUSE';
    if (!inUse || !anyPortWillDo || port === 0) throw error;
    return startBrowserHost({ ...options, port: 0 });
  }
}

/**
 * Tests open the room on a loopback address standing in for the Wi-Fi one (`VSW_TEST_ROOM_ADDRESS=127.0.0.2`),
 * offered as the machine's only network, so no test traffic leaves the machine. Only loopback addresses are
 * taken: the variable cannot make the room listen on a real network.
 */
function testRoomInterface(address: string | undefined): Pick<AppServicesOptions, 'networkInterfaces'> {
  if (!address) return {};
  if (!/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address))
    throw new Error(`VSW_TEST_ROOM_ADDRESS must be a loopback address such as 127.0.0.2, not ${address}`);
  const info = { address, netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: false, cidr: `${address}/8` } as const;
  return { networkInterfaces: () => ({ 'test-lan': [info] }) };
}

main().catch((error: unknown) => {
  console.error(`Value Stream Workshop could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
