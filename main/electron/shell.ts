import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, protocol, screen, session } from 'electron';
import type { ProjectorOpening } from '../../shared/api/presentation-contract';
import { openAppServices } from '../services/app-services';
import { closeBeforeQuit } from './close-before-quit';
import { hardenApp } from './harden-app';
import { chooseProjectorPlacement, projectorUrl, projectorWindowOptions } from './projector-placement';
import { APP_SCHEME_PRIVILEGES, appOrigin, mainWindowOptions, startUrl } from './window-policy';

/**
 * The Electron shell: it only hands Electron's objects to the hardening in harden-app.ts, opens
 * the store through ../services, and creates the window from window-policy.ts's options, so it
 * stays small enough to trust by reading.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '..', 'renderer');
const preloadPath = path.join(here, '..', 'preload', 'preload.cjs');
const iconPath = path.join(here, '..', '..', 'assets', 'icons', '512x512.png');
const devServerUrl = process.env.VSW_DEV_SERVER_URL;

app.enableSandbox();
protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES);

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath, iconPath));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(startUrl(devServerUrl));
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
  const window = new BrowserWindow(projectorWindowOptions(preloadPath, iconPath, placement));
  projectorWindows.set(workshopId, window);
  window.on('closed', () => projectorWindows.delete(workshopId));
  void window.loadURL(projectorUrl(startUrl(devServerUrl), workshopId));
  return { openedBy: 'host' };
}

async function start(): Promise<void> {
  await app.whenReady();
  const services = openAppServices(app.getPath('userData'), { host: { openProjector: openProjectorWindow } });
  closeBeforeQuit(app, services.close);
  hardenApp(
    { app, session: session.defaultSession, ipcMain, protocol },
    { trustedOrigin: appOrigin(devServerUrl), dispatch: services.dispatch, rendererDir },
  );
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  const { problem } = await services.started;
  if (problem) console.error(`Value Stream Workshop found a problem with its database: ${problem.message} ${problem.detail}`.trim());
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

start().catch((error: unknown) => {
  console.error('Value Stream Workshop could not start:', error);
  app.exit(1);
});
