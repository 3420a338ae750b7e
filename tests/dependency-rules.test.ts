import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from './support/temp-dir';

/**
 * The import rules live in `.dependency-cruiser.cjs` and run on the real tree in `npm test`
 * (`npm run lint:deps`). Here they run on small made-up trees, to prove each rule bites: a tree
 * that breaks it is refused by name, and a tree that keeps to the layers passes.
 */
const root = path.resolve(import.meta.dirname, '..');
const depcruise = path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const tempDir = useTempDir();

type Violation = { from: string; to: string; rule: { name: string } };

/**
 * An import of Electron as a made-up file's text. Spelled out of parts so that no scan of this
 * repository's own imports mistakes the fixture for a test that loads Electron (which would
 * download its binary).
 */
function electronImport(names: string): string {
  return `import { ${names} } from '${['elec', 'tron'].join('')}';`;
}

function cruise(files: Record<string, string>): string[] {
  const dir = tempDir();
  const tree: Record<string, string> = {
    'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'bundler' } }),
    'node_modules/electron/package.json': JSON.stringify({ name: 'electron', main: 'index.js' }),
    'node_modules/electron/index.js': '',
    'node_modules/zod/package.json': JSON.stringify({ name: 'zod', main: 'index.js' }),
    'node_modules/zod/index.js': '',
    ...files,
  };
  for (const [file, text] of Object.entries(tree)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  const folders = ['shared', 'main', 'renderer', 'tests'].filter((folder) => fs.existsSync(path.join(dir, folder)));
  const args = [depcruise, ...folders, '--config', path.join(root, '.dependency-cruiser.cjs'), '--output-type', 'json'];
  let output: string;
  try {
    output = execFileSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
  } catch (error) {
    output = String((error as { stdout?: unknown }).stdout);
  }
  const violations = (JSON.parse(output) as { summary: { violations: Violation[] } }).summary.violations;
  return violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`).sort();
}

describe('dependency rules', () => {
  it('a tree that keeps to the layers passes', () => {
    expect(
      cruise({
        'shared/util/ids.ts': 'export const id = 1;\n',
        'shared/model/node.ts': "import { z } from 'zod';\nimport { id } from '../util/ids';\nexport const node = [z, id];\n",
        'shared/api/contract.ts': "import { node } from '../model/node';\nexport const api = node;\n",
        'main/store/repo.ts': "import fs from 'node:fs';\nimport { api } from '../../shared/api/contract';\nexport const repo = [fs, api];\n",
        'main/electron/shell.ts': `${electronImport('app')}\nimport { repo } from '../store/repo';\nexport const shell = [app, repo];\n`,
        'renderer/map/view.ts': "import { api } from '../../shared/api/contract';\nexport const view = api;\n",
        'tests/main/repo.test.ts': "import { repo } from '../../main/store/repo';\nexport const test = repo;\n",
      }),
    ).toEqual([]);
  });

  it('refuses Node, main/ or any package but zod in shared/', () => {
    expect(
      cruise({
        'shared/util/a.ts': "import fs from 'node:fs';\nimport { b } from '../../main/b';\nexport const a = [fs, b];\n",
        'main/b.ts': 'export const b = 1;\n',
      }),
    ).toEqual(['shared-is-pure: shared/util/a.ts → fs', 'shared-is-pure: shared/util/a.ts → main/b.ts']);
  });

  it('refuses a shared folder importing one on its own or a higher line, and a shared folder with no line', () => {
    expect(
      cruise({
        'shared/model/m.ts': "import { api } from '../api/contract';\nexport const m = api;\n",
        'shared/api/contract.ts': 'export const api = 1;\n',
        'shared/vsm/v.ts': "import { g } from '../geometry/g';\nexport const v = g;\n",
        'shared/geometry/g.ts': 'export const g = 1;\n',
        'shared/brand-new/n.ts': "import { g } from '../geometry/g';\nexport const n = g;\n",
      }),
    ).toEqual([
      'shared-folder-ranked: shared/brand-new/n.ts → shared/geometry/g.ts',
      'shared-order-geometry-vsm: shared/vsm/v.ts → shared/geometry/g.ts',
      'shared-order-model: shared/model/m.ts → shared/api/contract.ts',
    ]);
  });

  it('refuses main/, Node and Electron in renderer/, and renderer/ in main/', () => {
    expect(
      cruise({
        'renderer/r.ts': `import path from 'node:path';\n${electronImport('app')}\nimport { m } from '../main/m';\nexport const r = [path, app, m];\n`,
        'main/m.ts': "import { v } from '../renderer/v';\nexport const m = v;\n",
        'renderer/v.ts': 'export const v = 1;\n',
      }),
    ).toEqual([
      'main-not-renderer: main/m.ts → renderer/v.ts',
      'only-shell-imports-electron: renderer/r.ts → node_modules/electron/index.js',
      'renderer-no-host-packages: renderer/r.ts → node_modules/electron/index.js',
      'renderer-not-main: renderer/r.ts → main/m.ts',
      'renderer-not-node: renderer/r.ts → path',
    ]);
  });

  it('refuses electron outside the shell and the preload script, in main/ and in tests alike', () => {
    expect(
      cruise({
        'main/electron/shell.ts': `${electronImport('app')}\nexport const shell = app;\n`,
        'main/electron/preload.ts': `${electronImport('contextBridge')}\nexport const preload = contextBridge;\n`,
        'main/electron/window-policy.ts': `${electronImport('shell')}\nexport const policy = shell;\n`,
        'tests/e2e/app.spec.ts': `${electronImport('app')}\nexport const spec = app;\n`,
      }),
    ).toEqual([
      'only-shell-imports-electron: main/electron/window-policy.ts → node_modules/electron/index.js',
      'only-shell-imports-electron: tests/e2e/app.spec.ts → node_modules/electron/index.js',
    ]);
  });

  it('refuses two folders that import each other, directly or round a loop', () => {
    const found = cruise({
      'main/store/a.ts': "import { b } from '../report/b';\nexport const a = () => b;\n",
      'main/report/b.ts': "import { c } from '../export/c';\nexport const b = () => c;\n",
      'main/export/c.ts': "import { a } from '../store/a';\nexport const c = () => a;\n",
    });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((line) => line.startsWith('no-folder-cycles: main/'))).toBe(true);
  });
});
