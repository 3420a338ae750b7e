import type { ApiResult } from '../../shared/api/result';
import type { Dispatch } from '../api/dispatch';
import { readStaticFile } from '../http/static-files';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import { APP_HOST, APP_SCHEME, IPC_INVOKE_CHANNEL, decidePermission, isAllowedNavigation, isTrustedSender, type SenderFrame } from './window-policy';

/**
 * Wires the security policy of window-policy.ts into Electron's hooks. It takes the few Electron
 * objects it needs as parameters, typed by what it uses, and never imports electron itself, so a
 * test can hand it fakes and see every hook installed with the policy; shell.ts hands it the real
 * ones. Each hook answers an item of Electron's security checklist.
 */
type Preventable = { preventDefault: () => void };
type NavigationEvent = Preventable & { url: string };

export type WebContentsLike = {
  on(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
};

export type ElectronHooks = {
  app: { on(event: 'web-contents-created', listener: (event: unknown, contents: WebContentsLike) => void): unknown };
  session: {
    setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
    setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
    setDevicePermissionHandler(handler: (details: unknown) => boolean): void;
  };
  ipcMain: { handle(channel: string, listener: (event: { senderFrame: SenderFrame }, ...args: unknown[]) => unknown): void };
  protocol: { handle(scheme: string, handler: (request: Request) => Response): void };
};

export type HardeningOptions = { trustedOrigin: string; dispatch: Dispatch; rendererDir: string };

export function hardenApp(electron: ElectronHooks, { trustedOrigin, dispatch, rendererDir }: HardeningOptions): void {
  electron.session.setPermissionRequestHandler((_contents, permission, callback) => callback(decidePermission(permission)));
  electron.session.setPermissionCheckHandler((_contents, permission) => decidePermission(permission));
  electron.session.setDevicePermissionHandler(() => false);
  electron.app.on('web-contents-created', (_event, contents) => hardenContents(contents, trustedOrigin));
  electron.protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
  electron.ipcMain.handle(IPC_INVOKE_CHANNEL, createInvokeHandler(dispatch, trustedOrigin));
}

/** Every web contents (windows, and any frame or guest that appears) may not leave the app or open windows. */
export function hardenContents(contents: WebContentsLike, trustedOrigin: string): void {
  const keepInApp = (event: NavigationEvent) => {
    if (!isAllowedNavigation(event.url, trustedOrigin)) event.preventDefault();
  };
  contents.on('will-navigate', keepInApp);
  contents.on('will-frame-navigate', keepInApp);
  contents.on('will-redirect', keepInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** The app:// protocol: the built renderer's files, each with the CSP, and nothing else. */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Response {
  return (request) => {
    const url = new URL(request.url);
    const file = request.method === 'GET' && url.host === APP_HOST ? readStaticFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { 'Content-Type': file.contentType, 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' },
    });
  };
}

/** The one IPC channel: only the app's own top-level page may call, and dispatch validates the rest. */
export function createInvokeHandler(
  dispatch: Dispatch,
  trustedOrigin: string,
): (event: { senderFrame: SenderFrame }, ...args: unknown[]) => Promise<ApiResult<unknown>> {
  return async (event, channel, input) => {
    if (!isTrustedSender(event.senderFrame, trustedOrigin)) {
      return { ok: false, error: { code: 'forbidden', message: 'This page may not call the app' } };
    }
    return dispatch(channel, input);
  };
}
