import fs from 'node:fs';
import path from 'node:path';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { WORKSHOP_FILE_ENDINGS, workshopFilesIn } from '../main/desktop/os-files';
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

/** Text as a regular expression that matches it literally. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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

  it('associates workshop files with the app, by the name the app writes and the short one Windows and macOS can tell apart', () => {
    const associations = [config.fileAssociations ?? []].flat();
    expect(associations.map((association) => `.${String(association.ext)}`)).toEqual([...WORKSHOP_FILE_ENDINGS]);
    expect(associations[0]?.ext).toBe(FILE_EXTENSION.slice(1));
    for (const association of associations) {
      expect(association).toMatchObject({ name: 'Value Stream Workshop file', role: 'Editor', rank: 'Owner' });
      // Linux: electron-builder writes one MIME glob "*.<ext>" per association; the longest glob wins, so *.vsw.json beats *.json.
      expect(association.mimeType).toBe('application/vnd.value-stream-workshop+json');
      const name = `/plans/Pump line.${String(association.ext)}`;
      expect(workshopFilesIn(['app', name], '/')).toEqual([name]);
    }
    // No platform adds associations of its own (electron-builder would add them to these).
    for (const platform of [config.linux, config.win, config.mac]) expect(platform?.fileAssociations).toBeUndefined();
  });

  it('on Windows offers the app under “Open with” for .json files, by the file class of its associations, and takes that back on uninstall', () => {
    const include = fs.readFileSync(path.join(root, String(config.nsis?.include)), 'utf8');
    const progId = [config.fileAssociations ?? []].flat()[0]?.name;
    const key = String.raw`SHELL_CONTEXT "Software\Classes\.json\OpenWithProgids"`;
    expect(include).toMatch(new RegExp(String.raw`!macro customInstall\s+WriteRegStr ${escape(key)} "${progId}" ""\s+!macroend`));
    expect(include).toMatch(new RegExp(String.raw`!macro customUnInstall\s+DeleteRegValue ${escape(key)} "${progId}"\s+!macroend`));
  });

  it('on macOS declares the .vsw type as JSON and opens any JSON file as an alternative, which a .vsw.json file is to the Finder', () => {
    const info = config.mac?.extendInfo as Record<string, unknown> | undefined;
    expect(info?.['UTExportedTypeDeclarations']).toEqual([
      expect.objectContaining({
        UTTypeIdentifier: 'org.valuestreamworkshop.workshop',
        UTTypeConformsTo: ['public.json'],
        UTTypeTagSpecification: { 'public.filename-extension': ['vsw'], 'public.mime-type': ['application/vnd.value-stream-workshop+json'] },
      }),
    ]);
    expect(info?.['CFBundleDocumentTypes']).toEqual([
      { CFBundleTypeName: 'JSON file', CFBundleTypeRole: 'Viewer', LSHandlerRank: 'Alternate', LSItemContentTypes: ['public.json'] },
    ]);
  });
});
