import fs from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../main/browser-host/server';
import { openAppServices, type AppServices } from '../../main/services/app-services';
import { useTempDir } from './temp-dir';

/**
 * Starts a browser host per test over a fresh data folder, serving a one-page renderer folder
 * with a secret.txt beside it (a path that escapes the folder must not reach it); both are closed
 * after each test.
 */
export function useTestBrowserHost(): (maxRequestBytes?: number) => Promise<BrowserHost> {
  const tempDir = useTempDir();
  let host: BrowserHost | null = null;
  let services: AppServices | null = null;

  afterEach(async () => {
    await host?.close();
    await services?.close();
    host = null;
    services = null;
  });

  return async (maxRequestBytes) => {
    const root = tempDir();
    const staticDir = path.join(root, 'renderer');
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>VSW</title>');
    fs.writeFileSync(path.join(root, 'secret.txt'), 'outside the renderer folder');
    services = openAppServices(path.join(root, 'data'));
    host = await startBrowserHost({ dispatch: services.dispatch, staticDir, ...(maxRequestBytes ? { maxRequestBytes } : {}) });
    return host;
  };
}
