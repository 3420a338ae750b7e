import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  clipboard,
  ClipboardItem,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
  type MessageBoxOptions,
} from 'electron';
import type { ProjectorOpening } from '../../shared/api/app-contract';
import type { DesktopCommand } from '../../shared/desktop/desktop-command';
import type { Dispatch } from '../api/dispatch';
import type { HostActions } from '../api/host-actions';
import type { ChangeFeed } from '../feed/change-feed';
import type { DesktopWindows } from '../desktop/desktop-windows';
import { createHandedFiles } from '../desktop/handed-files';
import { mainProcessApi } from '../desktop/main-process-api';
import { readMenuState } from '../desktop/menu-state';
import { createFileInbox, workshopFilesIn } from '../desktop/os-files';
import { readWindowState, restoreWindowState, writeWindowState } from '../desktop/window-state';
import { createDesktopFiles } from '../export/desktop-files';
import { menuPlatformOf } from '../menu/accelerators';
import { createDesktopMenu } from '../menu/desktop-menu';
import { electronPdfOptions } from '../report/print-options';
import { createReportPrinter, type PrintablePage } from '../report/print-report-page';
import { READ_REPORT_STATE } from '../report/wait-for-report';
import { openAppServices } from '../services/app-services';
import { makePrivateFolder } from '../services/data-folder';
import { alreadyRunningTitle, describeHolder, lockDataFolder } from '../services/instance-lock';
import { heldFolderLanguage } from '../desktop/held-folder-language';
import { closeBeforeQuit } from './close-before-quit';
import { hardenApp } from './harden-app';
import { chooseProjectorPlacement, projectorUrl, projectorWindowOptions } from './projector-placement';
import { reportWindowOptions } from './report-window';
import {
  APP_SCHEME_PRIVILEGES,
  appOrigin,
  devServerUrlFor,
  IPC_COMMAND_CHANNEL,
  IPC_FEED_CHANNEL,
  IPC_MENU_STATE_CHANNEL,
  isTrustedSender,
  MAIN_WINDOW_MINIMUM,
  mainWindowOptions,
  startUrl,
} from './window-policy';

/**
 * The Electron shell: it only hands Electron's objects to the hardening in harden-app.ts, opens
 * the store through ../services, creates the window from window-policy.ts's options, and hands
 * the menu, the files the system opens with the app and the window's place to the plain modules
 * in ../menu and ../desktop, so it stays small enough to trust by reading.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '..', 'renderer');
const preloadPath = path.join(here, '..', 'preload', 'preload.cjs');
const iconPath = path.join(here, '..', '..', 'assets', 'icons', '512x512.png');
const devServerUrl = devServerUrlFor(process.env, app.isPackaged);

app.enableSandbox();
protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES);

let mainWindow: BrowserWindow | null = null;
/** Set once the app is ready: where the window's place is kept. */
let dataFolder: string | null = null;

/** The main window comes back where it was, if that display is still there (see ../desktop/window-state.ts). */
function createMainWindow(): BrowserWindow {
  const restored = dataFolder ? restoreWindowState(readWindowState(dataFolder), screen.getAllDisplays(), MAIN_WINDOW_MINIMUM) : null;
  const window = new BrowserWindow(mainWindowOptions(preloadPath, iconPath, restored?.bounds));
  if (restored?.maximized) window.maximize();
  if (restored?.fullScreen) window.setFullScreen(true);
  mainWindow = window;
  window.on('close', () => saveWindowPlace(window));
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(startUrl(devServerUrl));
  return window;
}

function saveWindowPlace(window: BrowserWindow): void {
  if (!dataFolder) return;
  const bounds = window.getNormalBounds();
  try {
    writeWindowState(dataFolder, {
      bounds,
      displayId: screen.getDisplayMatching(bounds).id,
      maximized: window.isMaximized(),
      fullScreen: window.isFullScreen(),
    });
  } catch (error) {
    console.error('Value Stream Workshop could not keep the window’s place:', error);
  }
}

/** A command reaches the page once it has loaded; the preload holds it until the page listens. */
function sendCommand(window: BrowserWindow, command: DesktopCommand): void {
  const send = () => window.webContents.send(IPC_COMMAND_CHANNEL, command);
  if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
  else send();
}

const desktopWindows: DesktopWindows = {
  sendToFocused(command) {
    const focused = BrowserWindow.getFocusedWindow();
    if (focused) sendCommand(focused, command);
  },
  showInMainWindow(command) {
    const window = focusMainWindow();
    if (window) sendCommand(window, command);
  },
  showError(message, detail) {
    const parent = BrowserWindow.getFocusedWindow() ?? mainWindow;
    const options: MessageBoxOptions = { type: 'error', message, detail };
    void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
  },
};

/** Workshop files the system hands over (macOS sends them as events, even before the app is ready). */
const fileInbox = createFileInbox();
app.on('open-file', (event, filePath) => {
  event.preventDefault();
  fileInbox.receive(filePath);
});

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
    systemLocale: () => app.getLocale(),
    openFolder: async (folder) => {
      const problem = await shell.openPath(folder);
      if (problem) throw new Error(problem);
    },
  };
}

/** A second start of the app focuses the first one's window instead (see also the data-folder lock below). */
function focusMainWindow(): BrowserWindow | null {
  if (!app.isReady()) return null;
  const window = mainWindow ?? createMainWindow();
  if (window.isMinimized()) window.restore();
  window.focus();
  return window;
}

/** The application menu from the action registry, and workshop files opened from the system (see ../menu, ../desktop). */
function startDesktopIntegration(dataDir: string, dispatch: Dispatch, feed: ChangeFeed): void {
  const api = mainProcessApi(dispatch);
  const trustedOrigin = appOrigin(devServerUrl);
  const menu = createDesktopMenu({
    platform: menuPlatformOf(process.platform),
    appName: app.name,
    packaged: app.isPackaged,
    api,
    windows: desktopWindows,
    setMenu: (template) => Menu.setApplicationMenu(Menu.buildFromTemplate(template)),
    openDataFolder: () => void shell.openPath(dataDir),
  });
  void menu.refresh();
  // The menu speaks the app's language and lists the recent workshops: a change of either (in any window) rebuilds it.
  feed.subscribe((event) => {
    if (event.type === 'settings' || event.type === 'workshops') void menu.refresh();
  });
  // The menu is the focused window's: it is fully enabled until that window reports what it can run.
  app.on('browser-window-focus', () => {
    menu.setAvailable(null);
    void menu.refresh();
  });
  ipcMain.on(IPC_MENU_STATE_CHANNEL, (event, report: unknown) => {
    if (!isTrustedSender(event.senderFrame, trustedOrigin) || event.sender !== BrowserWindow.getFocusedWindow()?.webContents) return;
    const state = readMenuState(report);
    if (state.ok) menu.setAvailable(state.available);
  });
  const openFile = createHandedFiles({
    api,
    windows: desktopWindows,
    addRecentDocument: (filePath) => app.addRecentDocument(filePath),
    onOpened: () => void menu.refresh(),
  });
  fileInbox.openWith((filePath) => void openFile(filePath));
  for (const filePath of workshopFilesIn(process.argv, process.cwd())) fileInbox.receive(filePath);
}

async function start(): Promise<void> {
  await app.whenReady();
  const dataDir = app.getPath('userData');
  makePrivateFolder(dataDir);
  const locked = lockDataFolder(dataDir, 'desktop app');
  if (!locked.ok) {
    const language = heldFolderLanguage(dataDir, app.getLocale());
    dialog.showErrorBox(alreadyRunningTitle(language), describeHolder(dataDir, locked.holder, language));
    app.exit(1);
    return;
  }
  app.on('will-quit', () => locked.lock.release());
  dataFolder = dataDir;
  const services = openAppServices(dataDir, { host: desktopHost(), participantPageDir: path.join(here, '..', 'participant') });
  closeBeforeQuit(app, services.close);
  hardenApp(
    { app, session: session.defaultSession, ipcMain, protocol },
    { trustedOrigin: appOrigin(devServerUrl), dispatch: services.dispatch, rendererDir },
  );
  services.feed.subscribe((event) => BrowserWindow.getAllWindows().forEach((window) => window.webContents.send(IPC_FEED_CHANNEL, event)));
  createMainWindow();
  startDesktopIntegration(dataDir, services.dispatch, services.feed);
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
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusMainWindow();
    for (const filePath of workshopFilesIn(argv, workingDirectory)) fileInbox.receive(filePath);
  });
  start().catch((error: unknown) => {
    console.error('Value Stream Workshop could not start:', error);
    app.exit(1);
  });
}
