import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PRIVATE_FILE_MODE } from '../store/database-files';

const LAUNCH_FILE = 'open-app.html';

/**
 * `--open` must not put the access token on a command line, where every user of the computer can
 * read it in the process list. So the browser is given a small owner-only page in the data folder
 * that forwards to the address with its token (as Jupyter does): the command line names only the
 * file. Returns the file's URL to open.
 */
export function writeLaunchPage(dataDir: string, address: string): string {
  const file = path.join(dataDir, LAUNCH_FILE);
  const target = JSON.stringify(address).replace(/</g, '\\u003c');
  const html = `<!doctype html>
<meta charset="utf-8">
<meta name="referrer" content="no-referrer">
<meta http-equiv="refresh" content="0;url=${address.replace(/"/g, '&quot;')}">
<title>Opening Value Stream Workshop…</title>
<script>location.replace(${target});</script>
<p>Opening Value Stream Workshop…</p>
`;
  fs.rmSync(file, { force: true });
  fs.writeFileSync(file, html, { mode: PRIVATE_FILE_MODE });
  return pathToFileURL(file).href;
}

export function removeLaunchPage(dataDir: string): void {
  fs.rmSync(path.join(dataDir, LAUNCH_FILE), { force: true });
}
