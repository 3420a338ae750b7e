import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  appOrigin,
  decidePermission,
  isAllowedNavigation,
  isTrustedSender,
  secureWebPreferences,
} from '../../../main/electron/window-policy';
import { CONTENT_SECURITY_POLICY } from '../../../main/security/content-security-policy';

describe('the Electron window policy', () => {
  it('isolates and sandboxes the renderer with no Node access', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('allows navigation only within the app', () => {
    expect(isAllowedNavigation('app://vsw/#/workshops/1/maps/2', APP_ORIGIN)).toBe(true);
    expect(isAllowedNavigation('https://example.com/', APP_ORIGIN)).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', APP_ORIGIN)).toBe(false);
    expect(isAllowedNavigation('app://other/', APP_ORIGIN)).toBe(false);
    expect(isAllowedNavigation('not a url', APP_ORIGIN)).toBe(false);
    const dev = appOrigin('http://localhost:5173/');
    expect(isAllowedNavigation('http://localhost:5173/#/', dev)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', dev)).toBe(false);
  });

  it('accepts API calls only from the app page in its top-level frame', () => {
    expect(isTrustedSender({ url: 'app://vsw/', parent: null }, APP_ORIGIN)).toBe(true);
    expect(isTrustedSender({ url: 'app://vsw/', parent: {} }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender(null, APP_ORIGIN)).toBe(false);
  });

  it('denies every permission request', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(decidePermission(permission)).toBe(false);
    }
  });

  it('has a CSP without inline or eval script and without remote sources', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });
});
