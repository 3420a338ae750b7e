import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `npm start` on a fresh clone installs the dependencies first (scripts/setup.sh). The install
 * must not bury the app's one start-up line under warnings about the packaging tools' Node.js
 * version (EBADENGINE), yet must still stop on a real error. The install command is taken from
 * setup.sh itself and run as a dry run on a copy of the lockfile, offline.
 */
const root = path.resolve(import.meta.dirname, '../..');

function setupInstallArgs(): string[] {
  const script = fs.readFileSync(path.join(root, 'scripts/setup.sh'), 'utf8');
  const line = /^\s*npm (ci\b[^\n]*)$/m.exec(script);
  if (!line?.[1]) throw new Error('scripts/setup.sh has no npm ci line');
  return line[1].trim().split(/\s+/);
}

function dryRun(args: string[], packageJson: string): { status: number | null; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vsw-setup-'));
  try {
    fs.writeFileSync(path.join(dir, 'package.json'), packageJson);
    fs.copyFileSync(path.join(root, 'package-lock.json'), path.join(dir, 'package-lock.json'));
    const result = spawnSync('npm', [...args, '--dry-run', '--offline', '--ignore-scripts'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the install npm start runs on a fresh clone', () => {
  const packageJson = fs.readFileSync(path.join(root, 'package.json'), 'utf8');

  it('prints no EBADENGINE warnings, which the same install without its log level does', () => {
    const args = setupInstallArgs();
    const quiet = dryRun(args, packageJson);
    expect(quiet.status).toBe(0);
    expect(quiet.output).not.toContain('EBADENGINE');
    const loud = dryRun(
      args.filter((arg) => !arg.startsWith('--loglevel')),
      packageJson,
    );
    expect(loud.output).toContain('EBADENGINE');
  });

  it('still stops with an error when the lockfile does not match package.json', () => {
    const changed = JSON.parse(packageJson) as { dependencies: Record<string, string> };
    changed.dependencies['left-pad'] = '1.3.0';
    const broken = dryRun(setupInstallArgs(), JSON.stringify(changed));
    expect(broken.status).not.toBe(0);
    expect(broken.output).toMatch(/npm error/);
  });
});
