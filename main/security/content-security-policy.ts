/**
 * The Content-Security-Policy of every app page, in Electron and in the browser host: only the
 * app's own scripts and styles, no inline script, no eval, no remote anything. Images and sound
 * may be data: or blob: URLs because map exports and the timer chime are made in the page.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "media-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
