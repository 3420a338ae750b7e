// Starts Value Stream Workshop: the Electron desktop app where its binary can be had; otherwise
// it says so in one line and starts the browser host, which serves the same app to a browser.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');

function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

function tryDownloadElectron() {
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 120_000 });
  return result.status === 0;
}

function run(command, args) {
  const child = spawn(command, args, { stdio: 'inherit', cwd: root });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

const binary = electronBinary() ?? (tryDownloadElectron() ? electronBinary() : null);
if (binary) {
  run(binary, [path.join(root, 'build', 'main', 'electron-main.js'), ...process.argv.slice(2)]);
} else {
  console.log(
    'Electron could not be installed on this machine, so the browser host starts instead: it opens the app in your browser, or open the address below in Chromium or Chrome.',
  );
  run(process.execPath, [path.join(root, 'build', 'main', 'browser-host.js'), '--open', ...process.argv.slice(2)]);
}
