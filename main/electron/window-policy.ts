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
  minWidth: number;
  minHeight: number;
  title: string;
  icon: string;
  backgroundColor: string;
  show: false;
  webPreferences: SecureWebPreferences;
};

export function mainWindowOptions(preload: string, icon: string): MainWindowOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Value Stream Workshop',
    icon,
    backgroundColor: '#f4f5f7',
    show: false,
    webPreferences: secureWebPreferences(preload),
  };
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
