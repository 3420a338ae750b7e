import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDesktopFiles, IMPORT_DIALOG, isSafeToOpen, saveDialogOptions, type DesktopDialogs } from '../../../main/export/desktop-files';
import { ExportFailedError, InvalidFileError, NotFoundError } from '../../../main/store/store-errors';
import { inLanguage } from '../../../shared/i18n/refusals';
import { MAX_WORKSHOP_FILE_BYTES } from '../../../shared/workshop-file/file-limits';
import { useTempDir } from '../../support/temp-dir';

type Answers = { save?: string | null; open?: string | null };

function fakeDialogs(folder: string, answers: Answers) {
  const calls = { save: [] as unknown[], open: [] as unknown[], opened: [] as string[] };
  const dialogs: DesktopDialogs = {
    defaultFolder: folder,
    showSaveDialog: async (options) => {
      calls.save.push(options);
      return answers.save ? { canceled: false, filePath: answers.save } : { canceled: true };
    },
    showOpenDialog: async (options) => {
      calls.open.push(options);
      return answers.open ? { canceled: false, filePaths: [answers.open] } : { canceled: true, filePaths: [] };
    },
    openPath: async (filePath) => {
      calls.opened.push(filePath);
      return '';
    },
  };
  return { dialogs, calls };
}

describe('files in the desktop app', () => {
  const tempDir = useTempDir();

  it('offers the suggested name in the last folder used, with the format as the filter', () => {
    expect(saveDialogOptions('Acme — report.pdf', 'pdf', '/home/dana/Documents')).toEqual({
      title: 'Save as',
      defaultPath: path.join('/home/dana/Documents', 'Acme — report.pdf'),
      filters: [{ name: 'PDF report', extensions: ['pdf'] }],
    });
    expect(IMPORT_DIALOG.filters).toEqual([{ name: 'Workshop file', extensions: ['json', 'vsw'] }]);
  });

  it('writes only where the user chose, under a ticket, and opens only a file it wrote', async () => {
    const folder = tempDir();
    const target = path.join(folder, 'Acme.pdf');
    const { dialogs, calls } = fakeDialogs(folder, { save: target });
    const files = createDesktopFiles(dialogs);
    const chosen = await files.chooseSaveTarget('Acme.pdf', 'pdf');
    if (chosen.savedBy !== 'host') throw new Error('no ticket');
    expect(chosen.fileName).toBe('Acme.pdf');
    expect(files.fileNameOf(chosen.ticket)).toBe('Acme.pdf');
    await expect(files.openWritten(chosen.ticket)).rejects.toBeInstanceOf(NotFoundError);
    const written = await files.write(chosen.ticket, Buffer.from('%PDF-1.7'));
    expect(written).toEqual({ ticket: chosen.ticket, fileName: 'Acme.pdf', path: target, bytes: 8 });
    expect(fs.readFileSync(target, 'utf8')).toBe('%PDF-1.7');
    await files.openWritten(chosen.ticket);
    expect(calls.opened).toEqual([target]);
    expect(() => files.fileNameOf('made-up')).toThrow(NotFoundError);
    await expect(files.write('made-up', Buffer.from('x'))).rejects.toBeInstanceOf(NotFoundError);
  });

  it('answers a cancelled dialog with nobody, and opens the next dialog where the last file went', async () => {
    const folder = tempDir();
    const elsewhere = fs.mkdtempSync(path.join(folder, 'reports-'));
    const answers: Answers = { save: path.join(elsewhere, 'a.csv') };
    const { dialogs, calls } = fakeDialogs(folder, answers);
    const files = createDesktopFiles(dialogs);
    await files.chooseSaveTarget('a.csv', 'csv');
    answers.save = null;
    expect(await files.chooseSaveTarget('b.csv', 'csv')).toEqual({ savedBy: 'nobody' });
    expect(calls.save[1]).toMatchObject({ defaultPath: path.join(elsewhere, 'b.csv') });
  });

  it('leaves no file and no temporary file behind when writing fails', async () => {
    const folder = tempDir();
    const target = path.join(folder, 'missing-folder', 'Acme.png');
    const files = createDesktopFiles(fakeDialogs(folder, { save: target }).dialogs);
    const chosen = await files.chooseSaveTarget('Acme.png', 'png');
    if (chosen.savedBy !== 'host') throw new Error('no ticket');
    await expect(files.write(chosen.ticket, Buffer.from('png'))).rejects.toThrow(ExportFailedError);
    await expect(files.write(chosen.ticket, Buffer.from('png'))).rejects.toThrow(/could not be saved in .*missing-folder/);
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('does not open a written file whose name does not say what it is', async () => {
    const folder = tempDir();
    const files = createDesktopFiles(fakeDialogs(folder, { save: path.join(folder, 'report.sh') }).dialogs);
    const chosen = await files.chooseSaveTarget('report.pdf', 'pdf');
    if (chosen.savedBy !== 'host') throw new Error('no ticket');
    await files.write(chosen.ticket, Buffer.from('#!/bin/sh'));
    await expect(files.openWritten(chosen.ticket)).rejects.toThrow(/not opened from here/);
    expect(isSafeToOpen('/x/Report.PDF', 'pdf')).toBe(true);
    expect(isSafeToOpen('/x/map.png.exe', 'png')).toBe(false);
  });

  it('reads the chosen workshop file, refuses one over the limit without reading it, and answers a cancel', async () => {
    const folder = tempDir();
    const small = path.join(folder, 'small.vsw.json');
    fs.writeFileSync(small, '{"kind":"value-stream-workshop"}');
    const huge = path.join(folder, 'huge.vsw.json');
    fs.closeSync(fs.openSync(huge, 'w'));
    fs.truncateSync(huge, MAX_WORKSHOP_FILE_BYTES + 1);
    const answers: Answers = { open: small };
    const files = createDesktopFiles(fakeDialogs(folder, answers).dialogs);
    expect(await files.chooseImport()).toEqual({ chosenBy: 'host', text: '{"kind":"value-stream-workshop"}' });
    answers.open = huge;
    await expect(files.chooseImport()).rejects.toThrow(InvalidFileError);
    await expect(files.chooseImport()).rejects.toThrow(/at most 50 MB/);
    // The dialog is awaited before the size is known: the refusal is still in the language of the request that opened it.
    await expect(inLanguage('de', () => files.chooseImport())).rejects.toThrow(/höchstens 50 MB groß sein/);
    answers.open = null;
    expect(await files.chooseImport()).toEqual({ chosenBy: 'nobody' });
  });
});
