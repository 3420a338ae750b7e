import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../../main/api/dispatch';
import { closeBeforeQuit } from '../../../main/electron/close-before-quit';
import { hardenApp, type ElectronHooks, type WebContentsLike } from '../../../main/electron/harden-app';
import { APP_ORIGIN, IPC_INVOKE_CHANNEL, mainWindowOptions, startUrl } from '../../../main/electron/window-policy';
import { useTempDir } from '../../support/temp-dir';

const root = path.resolve(import.meta.dirname, '../../..');

type Listener = (...args: unknown[]) => unknown;

/** Fakes of the Electron objects hardenApp takes, recording every hook it installs. */
function fakeElectron() {
  const appListeners = new Map<string, Listener>();
  const handlers: Record<string, Listener> = {};
  const ipc = new Map<string, Listener>();
  const protocols = new Map<string, (request: Request) => Response>();
  const hooks: ElectronHooks = {
    app: { on: (event, listener) => appListeners.set(event, listener as Listener) },
    session: {
      setPermissionRequestHandler: (handler) => (handlers.request = handler as Listener),
      setPermissionCheckHandler: (handler) => (handlers.check = handler as Listener),
      setDevicePermissionHandler: (handler) => (handlers.device = handler as Listener),
    },
    ipcMain: { handle: (channel, listener) => ipc.set(channel, listener as Listener) },
    protocol: { handle: (scheme, handler) => protocols.set(scheme, handler) },
  };
  return { hooks, appListeners, handlers, ipc, protocols };
}

function fakeContents() {
  type NavigationListener = (event: { url: string; preventDefault: () => void }) => void;
  const listeners = new Map<string, NavigationListener>();
  let openHandler: Listener | null = null;
  const contents: WebContentsLike = {
    on: (event: string, listener: NavigationListener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler) => (openHandler = handler as Listener),
  };
  const fire = (event: string, url = '') => {
    const preventDefault = vi.fn();
    listeners.get(event)!({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { contents, listeners, fire, openWindow: (url: string) => openHandler?.({ url }) };
}

describe('the Electron hardening wired into Electron’s hooks', () => {
  const tempDir = useTempDir();

  function harden(dispatch: Dispatch = vi.fn()) {
    const rendererDir = path.join(tempDir(), 'renderer');
    fs.mkdirSync(rendererDir);
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>VSW</title>');
    fs.writeFileSync(path.join(rendererDir, '..', 'secret.txt'), 'outside the renderer folder');
    const fake = fakeElectron();
    hardenApp(fake.hooks, { trustedOrigin: APP_ORIGIN, dispatch, rendererDir });
    return fake;
  }

  it('denies every permission request and every permission check, and every device', () => {
    const { handlers } = harden();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'serial', 'fullscreen']) {
      const callback = vi.fn();
      handlers.request!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(handlers.check!({}, permission)).toBe(false);
    }
    expect(handlers.device!({ deviceType: 'usb' })).toBe(false);
  });

  it('keeps every web contents in the app: navigation, frame navigation and redirects elsewhere are stopped', () => {
    const { appListeners } = harden();
    const page = fakeContents();
    appListeners.get('web-contents-created')!({}, page.contents);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(page.fire(event, 'https://evil.example/'), event).toBe(true);
      expect(page.fire(event, 'file:///etc/passwd'), event).toBe(true);
      expect(page.fire(event, 'app://vsw/#/workshops'), event).toBe(false);
    }
  });

  it('blocks webviews and denies every new window', () => {
    const { appListeners } = harden();
    const page = fakeContents();
    appListeners.get('web-contents-created')!({}, page.contents);
    expect(page.fire('will-attach-webview')).toBe(true);
    expect(page.openWindow('https://evil.example/')).toEqual({ action: 'deny' });
    expect(page.openWindow('app://vsw/')).toEqual({ action: 'deny' });
  });

  it('answers the API only for the app’s own top-level page, before anything reaches dispatch', async () => {
    const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, value: [] }));
    const { ipc } = harden(dispatch);
    const invoke = ipc.get(IPC_INVOKE_CHANNEL)!;
    expect([...ipc.keys()]).toEqual([IPC_INVOKE_CHANNEL]);
    for (const senderFrame of [{ url: 'https://evil.example/', parent: null }, { url: 'app://vsw/', parent: {} }, null]) {
      expect(await invoke({ senderFrame }, 'workshop.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
    expect(await invoke({ senderFrame: { url: 'app://vsw/#/', parent: null } }, 'workshop.list', {})).toEqual({ ok: true, value: [] });
    expect(dispatch).toHaveBeenCalledWith('workshop.list', {});
  });

  it('serves the renderer over app:// with the CSP, and nothing else', async () => {
    const { protocols } = harden();
    const serve = protocols.get('app')!;
    const index = serve(new Request('app://vsw/'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await index.text()).toContain('<title>VSW</title>');
    expect(serve(new Request('app://other/')).status).toBe(404);
    expect(serve(new Request('app://vsw/..%2fsecret.txt')).status).toBe(404);
    expect(serve(new Request('app://vsw/%2e%2e/secret.txt')).status).toBe(404);
    expect(serve(new Request('app://vsw/', { method: 'POST', body: 'x' })).status).toBe(404);
  });

  it('opens the window from the app’s own origin, sandboxed, with the app icon', () => {
    expect(startUrl(undefined)).toBe('app://vsw/');
    const options = mainWindowOptions('/app/preload.cjs', path.join(root, 'assets', 'icons', '512x512.png'));
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(fs.readFileSync(options.icon).subarray(1, 4).toString()).toBe('PNG');
  });
});

describe('the shell and the sources hold the rest of the checklist', () => {
  const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
  const sources = ['main', 'renderer', 'shared'].flatMap((folder) =>
    fs
      .readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|tsx)$/.test(file))
      .map((file) => path.join(folder, file)),
  );

  it('the shell enables the sandbox everywhere, hardens the app, closes the store before quitting, and never loads file://', () => {
    const shell = read('main/electron/shell.ts');
    expect(shell).toContain('app.enableSandbox()');
    expect(shell).toContain('protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES)');
    expect(shell).toMatch(/hardenApp\(\s*\{ app, session: session\.defaultSession, ipcMain, protocol \}/);
    expect(shell).toContain('closeBeforeQuit(app, services.close)');
    expect(shell).toContain('new BrowserWindow(mainWindowOptions(');
    expect(shell).not.toMatch(/loadFile|file:\/\//);
  });

  it('no source opens external links, uses the remote module, Blink features or popups', () => {
    for (const file of sources) {
      expect(read(file), file).not.toMatch(/openExternal|@electron\/remote|enableRemoteModule|enableBlinkFeatures|allowpopups|nodeIntegration: true/);
    }
    const manifest = JSON.parse(read('package.json')) as { dependencies: object; devDependencies: object };
    expect(Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })).not.toContain('@electron/remote');
  });

  it('the preload script exposes the API (a function that calls and a feed that only listens) and the menu bridge, and no Electron object', () => {
    const preload = read('main/electron/preload.ts');
    expect(preload.match(/exposeInMainWorld\(\s*'(\w+)'/g)).toEqual(["exposeInMainWorld('vsw'", "exposeInMainWorld('vswDesktop'"]);
    expect(preload).toMatch(/invoke: \(channel, input\) => ipcRenderer\.invoke\(IPC_INVOKE_CHANNEL, channel, input\)/);
    expect(preload).toMatch(/const forward = \(_event: unknown, message: FeedEvent\) => listener\(message\);/);
    // The menu's commands only arrive (data alone, validated by the page); its one message out is the list of actions the page can run.
    expect(preload).toMatch(/ipcRenderer\.on\(IPC_COMMAND_CHANNEL, \(_event: unknown, command: unknown\) => \{/);
    expect(preload).toMatch(/reportMenuState: \(available\) => ipcRenderer\.send\(IPC_MENU_STATE_CHANNEL, available\)/);
    expect(preload.match(/ipcRenderer\.(\w+)\(/g)).toEqual([
      'ipcRenderer.on(',
      'ipcRenderer.invoke(',
      'ipcRenderer.on(',
      'ipcRenderer.off(',
      'ipcRenderer.send(',
    ]);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  });
});

describe('quitting waits for the store to close', () => {
  it('holds the first quit until the store has closed, then quits', async () => {
    let quitListener: ((event: { preventDefault: () => void }) => void) | null = null;
    const quit = vi.fn();
    let finishClose = () => undefined as void;
    const close = vi.fn(() => new Promise<void>((resolve) => (finishClose = resolve)));
    closeBeforeQuit({ on: (_event, listener) => (quitListener = listener), quit }, close);

    const first = { preventDefault: vi.fn() };
    quitListener!(first);
    expect(first.preventDefault).toHaveBeenCalled();
    const again = { preventDefault: vi.fn() };
    quitListener!(again);
    expect(again.preventDefault).toHaveBeenCalled();
    expect(close).toHaveBeenCalledTimes(1);
    expect(quit).not.toHaveBeenCalled();

    finishClose();
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1));
    const final = { preventDefault: vi.fn() };
    quitListener!(final);
    expect(final.preventDefault).not.toHaveBeenCalled();
  });

  it('still quits when closing the store fails', async () => {
    const quit = vi.fn();
    let quitListener: ((event: { preventDefault: () => void }) => void) | null = null;
    const log = vi.fn();
    closeBeforeQuit({ on: (_event, listener) => (quitListener = listener), quit }, () => Promise.reject(new Error('disk gone')), log);
    quitListener!({ preventDefault: () => undefined });
    await vi.waitFor(() => expect(quit).toHaveBeenCalled());
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ message: 'disk gone' }));
  });
});
