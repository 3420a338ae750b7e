import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The folders are the layers. shared/ is pure domain code that runs anywhere; renderer/ reaches
 * main only through the preload API; only the Electron shell imports electron; no test imports
 * electron (its first require downloads a binary).
 */
const root = path.resolve(import.meta.dirname, '..');

const SHARED_PACKAGES = new Set(['zod', 'pure-rand']);
const ELECTRON_SHELL_FILES = new Set(['main/electron/shell.ts', 'main/electron/preload.ts']);
const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

type ImportSite = { file: string; specifier: string };

function sourceFiles(folder: string): string[] {
  const start = path.join(root, folder);
  if (!fs.existsSync(start)) return [];
  return fs
    .readdirSync(start, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx|mts|cts)$/.test(file) && !file.includes('node_modules'))
    .map((file) => path.join(folder, file).split(path.sep).join('/'));
}

const IMPORT_PATTERNS = [
  /\bimport\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?['"]([^'"]+)['"]/g,
  /\bexport\s+(?:type\s+)?[\w*{}\s,$]*\s+from\s+['"]([^'"]+)['"]/g,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
];

function importsOf(file: string): ImportSite[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  return IMPORT_PATTERNS.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => ({ file, specifier: match[1]! })));
}

/** The repository folder a relative import lands in, e.g. 'main', or null for a package. */
function targetLayer(site: ImportSite): string | null {
  if (!site.specifier.startsWith('.')) return null;
  const resolved = path.relative(root, path.resolve(root, path.dirname(site.file), site.specifier));
  return resolved.split(path.sep)[0] ?? null;
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

function violations(folder: string, isAllowed: (site: ImportSite) => boolean): string[] {
  return sourceFiles(folder)
    .flatMap(importsOf)
    .filter((site) => !isAllowed(site))
    .map((site) => `${site.file} imports ${site.specifier}`);
}

describe('layer boundaries', () => {
  it('finds the imports it checks (the scanner itself works)', () => {
    const sites = importsOf('main/electron/shell.ts').map((site) => site.specifier);
    expect(sites).toContain('electron');
    expect(sites).toContain('../services/app-services');
  });

  it('shared/ imports only shared/ and its allowed pure packages', () => {
    expect(
      violations('shared', (site) => {
        const layer = targetLayer(site);
        return layer === null ? SHARED_PACKAGES.has(packageName(site.specifier)) : layer === 'shared';
      }),
    ).toEqual([]);
  });

  it('renderer/ never imports main/, Node or Electron', () => {
    expect(
      violations('renderer', (site) => {
        const layer = targetLayer(site);
        if (layer !== null) return layer === 'renderer' || layer === 'shared';
        return !NODE_BUILTINS.has(site.specifier) && !['electron', 'better-sqlite3'].includes(packageName(site.specifier));
      }),
    ).toEqual([]);
  });

  it('main/ never imports renderer/, and only the Electron shell imports electron', () => {
    expect(
      violations('main', (site) => {
        if (targetLayer(site) === 'renderer') return false;
        return packageName(site.specifier) !== 'electron' || ELECTRON_SHELL_FILES.has(site.file);
      }),
    ).toEqual([]);
  });

  it('no test imports electron', () => {
    expect(violations('tests', (site) => packageName(site.specifier) !== 'electron')).toEqual([]);
  });
});
