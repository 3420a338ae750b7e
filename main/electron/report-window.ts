import { secureWebPreferences, type SecureWebPreferences } from './window-policy';

/**
 * The hidden window the desktop app prints the report from: never shown, with the same locked
 * down web preferences as every other window, and not throttled while hidden, so the report page
 * draws its maps at full speed.
 */
export type ReportWindowOptions = {
  show: false;
  width: number;
  height: number;
  title: string;
  webPreferences: SecureWebPreferences & { backgroundThrottling: false };
};

export function reportWindowOptions(preload: string): ReportWindowOptions {
  return {
    show: false,
    width: 1280,
    height: 900,
    title: 'Report — Value Stream Workshop',
    webPreferences: { ...secureWebPreferences(preload), backgroundThrottling: false },
  };
}
