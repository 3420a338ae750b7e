/**
 * The Electron security policy as plain data and functions, so that tests can hold every rule
 * without starting Electron. The shell (shell.ts) only wires these into Electron's hooks.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'vsw';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const IPC_INVOKE_CHANNEL = 'vsw:invoke';
/** Main to renderer only: the live feed of committed map changes (see ../feed). */
export const IPC_FEED_CHANNEL = 'vsw:feed';
/** Main to renderer only: what the desktop menu asks the window to do (see shared/desktop/desktop-command.ts). */
export const IPC_COMMAND_CHANNEL = 'vsw:command';
/** Renderer to main only: the map actions the window can run now, to grey out the rest of the menu. */
export const IPC_MENU_STATE_CHANNEL = 'vsw:menu-state';

export type SecureWebPreferences = {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  experimentalFeatures: false;
  navigateOnDragDrop: false;
  spellcheck: false;
};

export function secureWebPreferences(preload: string): SecureWebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/** app:// behaves like https: a standard, secure origin with fetch, so the page never needs file://. */
export const APP_SCHEME_PRIVILEGES = [{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }];

export type MainWindowOptions = {
  width: number;
  height: number;
  x?: number;
  y?: number;
  minWidth: number;
  minHeight: number;
  title: string;
  icon: string;
  backgroundColor: string;
  show: false;
  webPreferences: SecureWebPreferences;
};

export const MAIN_WINDOW_MINIMUM = { width: 900, height: 600 };

/** `place`: where the window was last time, when it may come back there (see ../desktop/window-state.ts). */
export function mainWindowOptions(preload: string, icon: string, place?: { x: number; y: number; width: number; height: number }): MainWindowOptions {
  return {
    width: 1440,
    height: 900,
    ...place,
    minWidth: MAIN_WINDOW_MINIMUM.width,
    minHeight: MAIN_WINDOW_MINIMUM.height,
    title: 'Value Stream Workshop',
    icon,
    backgroundColor: '#f4f5f7',
    show: false,
    webPreferences: secureWebPreferences(preload),
  };
}

/**
 * Vite's development server, named by `VSW_DEV_SERVER_URL`, becomes the trusted origin with the
 * whole API and no CSP; so only a development build (not packaged) obeys it. A packaged app
 * ignores it, whatever the environment says.
 */
export function devServerUrlFor(env: Readonly<Record<string, string | undefined>>, isPackaged: boolean): string | undefined {
  return isPackaged ? undefined : env.VSW_DEV_SERVER_URL;
}

/** Where the window starts: the app's own origin, or Vite's server in development. */
export function startUrl(devServerUrl: string | undefined): string {
  return devServerUrl ?? `${APP_ORIGIN}/`;
}

/** The origin the app's pages come from: our custom protocol, or Vite's server in development. */
export function appOrigin(devServerUrl: string | undefined): string {
  return devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN;
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` ? `${APP_SCHEME}://${parsed.host}` : parsed.origin;
  } catch {
    return null;
  }
}

/** Navigation may only move between the app's own pages; everything else is blocked. */
export function isAllowedNavigation(url: string, trustedOrigin: string): boolean {
  return originOf(url) === trustedOrigin;
}

/** The part of Electron's WebFrameMain the sender check reads; `parent` is null for a top-level frame. */
export type SenderFrame = { url: string; parent: unknown } | null | undefined;

/** Only the app's own top-level page may call the API: not an iframe, not a page navigated elsewhere. */
export function isTrustedSender(frame: SenderFrame, trustedOrigin: string): boolean {
  return !!frame && frame.parent === null && originOf(frame.url) === trustedOrigin;
}

/** No web permission (camera, notifications, geolocation …) is ever granted. */
export function decidePermission(_permission: string): false {
  return false;
}
