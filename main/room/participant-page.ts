import fs from 'node:fs';
import path from 'node:path';

/**
 * The participant page's built files (`build/participant/`), served by the room server with a
 * strict Content-Security-Policy: only the page's own scripts, styles, fonts and images, and
 * connections only back to this server. No inline script, no eval, no other origin, no framing.
 */
export function participantPagePolicy(origin: string): string {
  const live = origin.replace(/^http:/, 'ws:');
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' ${live}`,
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export type PageFile = { body: Buffer; contentType: string };

/**
 * A file of the page, or null. Only files of the types above are served, never outside the
 * folder; any path without an extension is the page itself, so a reload at any address works.
 */
export function readPageFile(root: string, urlPath: string): PageFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const wanted = path.extname(decoded) === '' ? '/index.html' : decoded;
  const contentType = CONTENT_TYPES[path.extname(wanted).toLowerCase()];
  if (!contentType) return null;
  const resolvedRoot = path.resolve(root);
  const file = path.resolve(resolvedRoot, `.${wanted}`);
  if (!file.startsWith(resolvedRoot + path.sep)) return null;
  try {
    return fs.statSync(file).isFile() ? { body: fs.readFileSync(file), contentType } : null;
  } catch {
    return null;
  }
}
