// Usage: node look.mjs LOCALE LANG OUTPREFIX  — creates a workshop in LANG, inserts Acme, screenshots main screens.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
const [locale, language, prefix, width = '1366', height = '768'] = process.argv.slice(2);
const dataDir = fs.mkdtempSync('/tmp/i18n-finish/data-');
const child = spawn(process.execPath, ['build/main/browser-host.js', '--data-dir', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
const url = await new Promise((resolve) => { let out = ''; child.stdout.on('data', (c) => { out += c; const m = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/.exec(out); if (m) resolve(m[0]); }); });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, locale });
const api = (channel, input) => page.evaluate(async ([channel, input]) => { const token = sessionStorage.getItem('vsw.token'); const r = await fetch('./api/invoke', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify({ channel, input }) }); return r.json(); }, [channel, input]);
try {
  await page.goto(url);
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${prefix}-1-list.png` });
  const created = await api('workshop.create', { title: 'Acme Kaizen', date: '2026-12-05', facilitator: 'Dana Lee', language });
  const ws = created.value.workshop.id; const mapId = created.value.maps[0].id;
  const origin = new URL(url).origin;
  await page.goto(`${origin}/#/workshops/${ws}/maps/${mapId}`);
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `${prefix}-2-empty.png` });
  const start = page.locator('.start-panel-actions button').first();
  await start.click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${prefix}-3-map.png` });
  const tabs = page.locator('[role="tablist"] [role="tab"]');
  const n = await tabs.count();
  for (let i = 0; i < n; i++) { await tabs.nth(i).click(); await page.waitForTimeout(400); await page.screenshot({ path: `${prefix}-4-tab${i}.png` }); }
  const info = await page.evaluate(() => { const l = document.querySelector('.panel-tablist'); const tabs = [...l.querySelectorAll('[role=tab]')]; return { list: l.clientWidth, tops: tabs.map(t => Math.round(t.getBoundingClientRect().top)), widths: tabs.map(t => [t.textContent, Math.round(t.getBoundingClientRect().width)]) }; });
  console.log(JSON.stringify(info));
  globalThis.measure = true;
  const derived = await api('map.deriveFutureState', { sourceMapId: mapId, name: 'Future' });
  await page.goto(`${origin}/#/workshops/${ws}/compare/${mapId}/${derived.value.id}`);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${prefix}-5-compare.png` });
  await page.goto(`${origin}/#/workshops/${ws}/maps/${derived.value.id}`);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${prefix}-6-future.png` });
  console.log(JSON.stringify(await page.evaluate(() => { const l = document.querySelector('.panel-tablist'); const tabs = [...l.querySelectorAll('[role=tab]')]; return { list: l.clientWidth, tops: tabs.map(t => Math.round(t.getBoundingClientRect().top)), widths: tabs.map(t => [t.textContent, Math.round(t.getBoundingClientRect().width)]) }; })));
  await page.goto(`${origin}/#/workshops/${ws}/report?paper=a4`);
  await page.waitForTimeout(3000);
  await page.screenshot({ path: `${prefix}-7-report.png` });
  await page.goto(`${origin}/#/workshops/${ws}/actions`);
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `${prefix}-8-actions.png` });
} finally { await browser.close(); child.kill(); }
