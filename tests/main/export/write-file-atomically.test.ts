import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryNameFor, writeFileAtomically, writeFileAtomicallySync } from '../../../main/export/write-file-atomically';
import { useTempDir } from '../../support/temp-dir';

describe('writing a file atomically', () => {
  const tempDir = useTempDir();

  it('replaces the file whole and leaves nothing else in the folder', async () => {
    const folder = tempDir();
    const target = path.join(folder, 'report.pdf');
    fs.writeFileSync(target, 'old');
    await writeFileAtomically(target, Buffer.from('new content'));
    expect(fs.readFileSync(target, 'utf8')).toBe('new content');
    expect(fs.readdirSync(folder)).toEqual(['report.pdf']);
  });

  it('keeps what was there and removes its temporary file when the last step fails', async () => {
    const folder = tempDir();
    const target = path.join(folder, 'taken');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'inside'), 'kept');
    await expect(writeFileAtomically(target, Buffer.from('x'))).rejects.toThrow();
    expect(fs.readdirSync(folder)).toEqual(['taken']);
    expect(fs.readFileSync(path.join(target, 'inside'), 'utf8')).toBe('kept');
  });

  it('writes beside the target under a hidden, unique name', () => {
    const name = temporaryNameFor('/reports/Acme.pdf');
    expect(path.dirname(name)).toBe('/reports');
    expect(path.basename(name)).toMatch(/^\.Acme\.pdf\.[0-9a-f]{8}\.partial$/);
    expect(temporaryNameFor('/reports/Acme.pdf')).not.toBe(name);
  });

  it('does the same synchronously, for a file written as a window closes', () => {
    const folder = tempDir();
    const target = path.join(folder, 'window-state.json');
    fs.writeFileSync(target, 'old');
    writeFileAtomicallySync(target, Buffer.from('new'));
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
    const taken = path.join(folder, 'taken');
    fs.mkdirSync(taken);
    expect(() => writeFileAtomicallySync(taken, Buffer.from('x'))).toThrow();
    expect(fs.readdirSync(folder).sort()).toEqual(['taken', 'window-state.json']);
  });
});
