import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the Electron binary would be, found without requiring the `electron` package (whose
 * first require downloads the binary). Null where no binary was installed.
 */
export function findElectronBinary(): string | null {
  const override = process.env.VSW_ELECTRON_BINARY;
  if (override) return fs.existsSync(override) ? override : null;
  const packageDir = path.resolve(import.meta.dirname, '../../node_modules/electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(packageDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}
