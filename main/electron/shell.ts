import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, protocol, screen, session, type WebContents } from 'electron';
import type { ProjectorOpening } from '../../shared/api/presentation-contract';
import { projectorHash } from '../../shared/facilitation/presentation';
import type { ApiResult } from '../../shared/api/result';
import { readStaticFile } from '../browser-host/static-files';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import { openAppServices, type AppServices } from '../services/app-services';
import { chooseProjectorPlacement } from './projector-placement';
import {
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  IPC_INVOKE_CHANNEL,
  appOrigin,
  decidePermission,
  isAllowedNavigation,
  isTrustedSender,
  secureWebPreferences,
} from './window-policy';

/**
 * The Electron shell: windows, the app:// protocol and the IPC bridge. Everything it does is a
 * policy from window-policy.ts or a service from ../services, so it stays small enough to
 * trust by reading.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '..', 'renderer');
const preloadPath = path.join(here, '..', 'preload', 'preload.cjs');
const devServerUrl = process.env.VSW_DEV_SERVER_URL;
const trustedOrigin = appOrigin(devServerUrl);

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? readStaticFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { 'Content-Type': file.contentType, 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    });
  });
}

function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, trustedOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, trustedOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

function bridgeApi(services: AppServices): void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event, channel: unknown, input: unknown): Promise<ApiResult<unknown>> | ApiResult<never> => {
    if (!isTrustedSender(event.senderFrame, trustedOrigin)) {
      return { ok: false, error: { code: 'forbidden', message: 'This page may not call the app' } };
    }
    return services.dispatch(channel, input);
  });
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Value Stream Workshop',
    backgroundColor: '#f4f5f7',
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/`);
  return window;
}

const projectorWindows = new Map<string, BrowserWindow>();

/** One projector window per workshop, on the second display when there is one (see projector-placement.ts). */
function openProjectorWindow(workshopId: string): ProjectorOpening {
  const existing = projectorWindows.get(workshopId);
  if (existing && !existing.isDestroyed()) {
    existing.show();
    return { openedBy: 'host' };
  }
  const facilitator = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const facilitatorDisplay = facilitator ? screen.getDisplayMatching(facilitator.getBounds()) : screen.getPrimaryDisplay();
  const placement = chooseProjectorPlacement(screen.getAllDisplays(), facilitatorDisplay.id);
  const window = new BrowserWindow({
    ...(placement?.bounds ?? { width: 1280, height: 720 }),
    fullscreen: placement?.fullscreen ?? false,
    title: 'Projector — Value Stream Workshop',
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath),
  });
  projectorWindows.set(workshopId, window);
  window.on('closed', () => projectorWindows.delete(workshopId));
  void window.loadURL(new URL(projectorHash(workshopId), devServerUrl ?? `${APP_ORIGIN}/`).toString());
  return { openedBy: 'host' };
}

async function start(): Promise<void> {
  await app.whenReady();
  const services = openAppServices(app.getPath('userData'), { host: { openProjector: openProjectorWindow } });
  app.on('will-quit', () => services.close());
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(decidePermission(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => decidePermission(permission));
  serveRenderer();
  bridgeApi(services);
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

start().catch((error: unknown) => {
  console.error('Value Stream Workshop could not start:', error);
  app.exit(1);
});
