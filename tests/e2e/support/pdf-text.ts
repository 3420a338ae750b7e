import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Reading a PDF as a person would, with poppler-utils: its pages' text (laid out as on paper),
 * the size of each page, and each page as a small PNG to look at.
 */
export function pdfPages(file: string): string[] {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\f')
    .slice(0, -1);
}

export type PageSize = { width: number; height: number };

export function pdfPageSizes(file: string): PageSize[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), file], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((match) => ({ width: Number(match[1]), height: Number(match[2]) }));
}

/** How many raster images the PDF holds (poppler's pdfimages lists one row per image under a two-line head). */
export function pdfImageCount(file: string): number {
  return execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').length - 2;
}

/** Renders every page at 60 dpi into a fresh folder, for looking at; returns the files. */
export function pdfToPngs(file: string): string[] {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vsw-pdf-pages-'));
  execFileSync('pdftoppm', ['-r', '60', '-png', file, path.join(folder, 'page')]);
  return fs
    .readdirSync(folder)
    .sort()
    .map((name) => path.join(folder, name));
}

/** Width and height of a PNG, from its header. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
