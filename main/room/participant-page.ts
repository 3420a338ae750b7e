import { readStaticFile, type StaticFile } from '../http/static-files';

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

/**
 * A file of the page, or null: only files of a known type, never outside the folder; any path
 * without an extension is the page itself, so a reload at any address works.
 */
export function readPageFile(root: string, urlPath: string): StaticFile | null {
  return readStaticFile(root, urlPath, { knownTypesOnly: true });
}
