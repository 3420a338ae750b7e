import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Value Stream Workshop';

/**
 * The folder Electron's `app.getPath('userData')` resolves to on this platform, so the desktop
 * app and the browser host find the same workshops by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(appData, PRODUCT_NAME);
}
