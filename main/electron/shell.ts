import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, clipboard, ClipboardItem, dialog, ipcMain, protocol, screen, session, shell } from 'electron';
import type { ProjectorOpening } from '../../shared/api/app-contract';
import type { HostActions } from '../api/host-actions';
import { createDesktopFiles } from '../export/desktop-files';
import { electronPdfOptions } from '../report/print-options';
import { createReportPrinter, type PrintablePage } from '../report/print-report-page';
import { READ_REPORT_STATE } from '../report/wait-for-report';
import { openAppServices } from '../services/app-services';
import { makePrivateFolder } from '../services/data-folder';
import { describeHolder, lockDataFolder } from '../services/instance-lock';
import { closeBeforeQuit } from './close-before-quit';
import { hardenApp } from './harden-app';
import { chooseProjectorPlacement, projectorUrl, projectorWindowOptions } from './projector-placement';
import { reportWindowOptions } from './report-window';
import { APP_SCHEME_PRIVILEGES, appOrigin, devServerUrlFor, IPC_FEED_CHANNEL, mainWindowOptions, startUrl } from './window-policy';

/**
 * The Electron shell: it only hands Electron's objects to the hardening in harden-app.ts, opens
 * the store through ../services, and creates the window from window-policy.ts's options, so it
 * stays small enough to trust by reading.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '..', 'renderer');
const preloadPath = path.join(here, '..', 'preload', 'preload.cjs');
const iconPath = path.join(here, '..', '..', 'assets', 'icons', '512x512.png');
const devServerUrl = devServerUrlFor(process.env, app.isPackaged);

app.enableSandbox();
protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES);

let mainWindow: BrowserWindow | null = null;

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath, iconPath));
  mainWindow = window;
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
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

/** A hidden window on the report page, to print from (see ../report/print-report-page.ts). */
async function openReportWindow(hash: string): Promise<PrintablePage> {
  const window = new BrowserWindow(reportWindowOptions(preloadPath));
  await window.loadURL(new URL(hash, startUrl(devServerUrl)).toString());
  return {
    readState: () => window.webContents.executeJavaScript(READ_REPORT_STATE),
    print: (options) => window.webContents.printToPDF(electronPdfOptions(options)),
    close: async () => window.destroy(),
  };
}

function desktopHost(): HostActions {
  const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const files = createDesktopFiles({
    showSaveDialog: (options) => {
      const window = parent();
      return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
    },
    showOpenDialog: (options) => {
      const window = parent();
      return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
    },
    openPath: (filePath) => shell.openPath(filePath),
    defaultFolder: app.getPath('documents'),
  });
  return {
    openProjector: openProjectorWindow,
    files,
    printReport: createReportPrinter(openReportWindow),
    copyImage: async (png) => {
      await clipboard.write([new ClipboardItem({ 'image/png': new Blob([new Uint8Array(png)], { type: 'image/png' }) })]);
      return { copiedBy: 'host' };
    },
  };
}

/** A second start of the app focuses the first one's window instead (see also the data-folder lock below). */
function focusMainWindow(): void {
  if (!app.isReady()) return;
  const window = mainWindow ?? createMainWindow();
  if (window.isMinimized()) window.restore();
  window.focus();
}

async function start(): Promise<void> {
  await app.whenReady();
  const dataDir = app.getPath('userData');
  makePrivateFolder(dataDir);
  const locked = lockDataFolder(dataDir, 'desktop app');
  if (!locked.ok) {
    dialog.showErrorBox('Value Stream Workshop is already running', describeHolder(dataDir, locked.holder));
    app.exit(1);
    return;
  }
  app.on('will-quit', () => locked.lock.release());
  const services = openAppServices(dataDir, { host: desktopHost(), participantPageDir: path.join(here, '..', 'participant') });
  closeBeforeQuit(app, services.close);
  hardenApp(
    { app, session: session.defaultSession, ipcMain, protocol },
    { trustedOrigin: appOrigin(devServerUrl), dispatch: services.dispatch, rendererDir },
  );
  services.feed.subscribe((event) => BrowserWindow.getAllWindows().forEach((window) => window.webContents.send(IPC_FEED_CHANNEL, event)));
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

if (!app.requestSingleInstanceLock()) {
  app.exit(0);
} else {
  app.on('second-instance', focusMainWindow);
  start().catch((error: unknown) => {
    console.error('Value Stream Workshop could not start:', error);
    app.exit(1);
  });
}
