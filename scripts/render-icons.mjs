// Renders the app icon (assets/icons/icon.svg, and icon-small.svg for 32 px and below) to PNG in
// every size the installers and the window need, in Debian's Chromium through playwright-core,
// and packs them into icon.ico (Windows) and icon.icns (macOS). Run it after changing an SVG:
//   node scripts/render-icons.mjs
// The outputs are committed, so building the app never needs a browser.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const iconsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'icons');
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const SMALL_UP_TO = 32;
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// PNG-based ICNS entries: type and pixel size (the @2x types hold the doubled size).
const ICNS_ENTRIES = [
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024],
];

async function renderPngs() {
  const browser = await chromium.launch({ executablePath: process.env.VSW_CHROMIUM ?? '/usr/bin/chromium' });
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const pngs = new Map();
  for (const size of SIZES) {
    const svg = fs.readFileSync(path.join(iconsDir, size <= SMALL_UP_TO ? 'icon-small.svg' : 'icon.svg'));
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img style="display:block" width="${size}" height="${size}" src="data:image/svg+xml;base64,${svg.toString('base64')}"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    fs.writeFileSync(path.join(iconsDir, `${size}x${size}.png`), png);
    pngs.set(size, png);
  }
  await browser.close();
  return pngs;
}

/** An ICO file holding PNG images (read by Windows Vista and later). */
function ico(pngs) {
  const header = Buffer.alloc(6 + 16 * ICO_SIZES.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(ICO_SIZES.length, 4);
  let offset = header.length;
  ICO_SIZES.forEach((size, index) => {
    const entry = 6 + 16 * index;
    const png = pngs.get(size);
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...ICO_SIZES.map((size) => pngs.get(size))]);
}

/** An ICNS file of PNG entries (read by macOS 10.7 and later). */
function icns(pngs) {
  const entries = ICNS_ENTRIES.map(([type, size]) => {
    const png = pngs.get(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + entries.reduce((sum, entry) => sum + entry.length, 0), 4);
  return Buffer.concat([head, ...entries]);
}

const pngs = await renderPngs();
fs.writeFileSync(path.join(iconsDir, 'icon.ico'), ico(pngs));
fs.writeFileSync(path.join(iconsDir, 'icon.icns'), icns(pngs));
console.log(`Wrote ${SIZES.map((size) => `${size}x${size}.png`).join(', ')}, icon.ico and icon.icns to ${iconsDir}`);
