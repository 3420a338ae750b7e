import fs from 'node:fs';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

export type StaticFile = { body: Buffer; contentType: string };

/**
 * Resolves a URL path to a file inside `root`, or null. Paths that would leave the folder are
 * never read; paths without an extension fall back to index.html so that app routes reload.
 * `knownTypesOnly` refuses files of a type not listed above (the room's page, open to the network).
 */
export function readStaticFile(root: string, urlPath: string, { knownTypesOnly = false } = {}): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const resolvedRoot = path.resolve(root);
  const wanted = decoded === '/' || path.extname(decoded) === '' ? '/index.html' : decoded;
  const knownType = CONTENT_TYPES[path.extname(wanted).toLowerCase()];
  if (knownTypesOnly && !knownType) return null;
  const file = path.resolve(resolvedRoot, `.${wanted}`);
  if (file !== resolvedRoot && !file.startsWith(resolvedRoot + path.sep)) return null;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return null;
    return { body: fs.readFileSync(file), contentType: knownType ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}
