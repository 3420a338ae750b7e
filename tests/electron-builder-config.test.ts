import fs from 'node:fs';
import path from 'node:path';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { workshopFilesIn } from '../main/desktop/os-files';
import { FILE_EXTENSION } from '../shared/workshop-file/workshop-file-schema';

/**
 * The packaging promises of electron-builder.yml: the fuses that close Electron's side doors,
 * the installers we ship, the archive the app runs from, and the icon in every size.
 */
const root = path.resolve(import.meta.dirname, '..');
const config = parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Configuration;

function targetsOf(platform: { target?: unknown } | null | undefined): string[] {
  const target = platform?.target;
  const list = Array.isArray(target) ? target : [target];
  return list.map((entry: unknown) => (typeof entry === 'object' && entry !== null && 'target' in entry ? String(entry.target) : String(entry)));
}

function pngSize(file: string): [number, number] {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii'), file).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('electron-builder.yml', () => {
  it('sets every security fuse: no running as Node, no NODE_OPTIONS, no inspector, only the checked asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into an asar archive, with only the native SQLite module beside it', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['**/node_modules/better-sqlite3/**']);
    expect(config.npmRebuild).toBe(true);
  });

  it('builds AppImage and deb, nsis and dmg under one app id', () => {
    expect(config.appId).toBe('org.valuestreamworkshop.desktop');
    expect(config.productName).toBe('Value Stream Workshop');
    expect(targetsOf(config.linux)).toEqual(['AppImage', 'deb']);
    expect(targetsOf(config.win)).toEqual(['nsis']);
    expect(targetsOf(config.mac)).toEqual(['dmg']);
    expect(config.extraMetadata).toMatchObject({ main: 'build/main/electron-main.js' });
  });

  it('ships the icon in every size for Linux, an .ico for Windows, an .icns for macOS, and the window icon', () => {
    const linuxIcons = path.join(root, String(config.linux?.icon));
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(path.join(linuxIcons, `${size}x${size}.png`))).toEqual([size, size]);
    }
    const ico = fs.readFileSync(path.join(root, String(config.win?.icon)));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 7]);
    const icns = fs.readFileSync(path.join(root, String(config.mac?.icon)));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    expect(config.files).toContain('assets/icons/512x512.png');
  });

  it('leaves playwright-core out of the desktop app, which prints with its own Chromium', () => {
    expect(config.files).toContain('!**/node_modules/playwright-core/**');
  });

  it('associates workshop files with the app, by the extension the app writes and opens', () => {
    const associations = [config.fileAssociations ?? []].flat();
    expect(associations).toHaveLength(1);
    const [association] = associations;
    expect(`.${String(association?.ext)}`).toBe(FILE_EXTENSION);
    expect(association).toMatchObject({ name: 'Value Stream Workshop file', role: 'Editor', rank: 'Owner' });
    expect(association?.mimeType).toMatch(/^application\/[\w.+-]+\+json$/);
    expect(workshopFilesIn(['app', `/plans/Pump line.${String(association?.ext)}`], '/')).toEqual(['/plans/Pump line.vsw.json']);
  });
});
