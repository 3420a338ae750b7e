import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../e2e/support/fixtures';
import { invokeHost } from '../e2e/support/host-api';
import { writeEventLogCsv } from './support/event-log-file';

/**
 * Importing a 1,000,000-event CSV (about 100 MB, generated here) through the screen: the file
 * read and measured in the wizard's Web Worker. Prints the time to the variants step, the
 * renderer's peak JS heap, the worker's JS heap after reading, and the longest gap between two
 * animation frames on the page while it read (how long the screen froze, if at all). Asserts
 * nothing about time.
 */
const EVENTS = 1_000_000;

test.use({
  viewport: { width: 1366, height: 768 },
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: [
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--enable-precise-memory-info',
    ],
  },
});

test('a 1,000,000-event CSV read and measured in the worker', async ({ page, app }) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vsw-log-')), 'service-desk.csv');
  const written = writeEventLogCsv(file, EVENTS);
  const overview = await invokeHost(app.host, 'workshop.create', { title: 'Log benchmark', date: '2026-11-25', facilitator: 'Dana' });
  await page.goto(app.host.url);
  await page.getByRole('button', { name: '+ New workshop' }).first().waitFor();
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/workshops/${overview.workshop.id}/maps/${overview.maps[0]!.id}`);
  await page.getByRole('button', { name: '+ New map' }).click();
  await page.getByRole('button', { name: 'New map from an event log…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New map from an event log' });
  await dialog.getByLabel('Event log (CSV or XES)').setInputFiles(file);
  await expect(dialog.getByRole('region', { name: 'The first rows of the file' })).toBeVisible();

  await page.evaluate(() => {
    const probe = { longestFrameGap: 0, peakHeap: 0, running: true };
    Object.assign(window, { eventLogProbe: probe });
    let last = performance.now();
    const frame = (now: number) => {
      probe.longestFrameGap = Math.max(probe.longestFrameGap, now - last);
      last = now;
      const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
      probe.peakHeap = Math.max(probe.peakHeap, memory?.usedJSHeapSize ?? 0);
      if (probe.running) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const workerHeap = await sampleWorkerHeap(page);
  const started = Date.now();
  await dialog.getByRole('button', { name: 'Read the whole file' }).click();
  await expect(dialog.getByRole('list', { name: 'The map’s steps, in order' }).getByRole('listitem')).not.toHaveCount(0, { timeout: 300_000 });
  const seconds = (Date.now() - started) / 1_000;
  const probe = await page.evaluate(() => {
    const found = (window as Window & { eventLogProbe?: { longestFrameGap: number; peakHeap: number; running: boolean } }).eventLogProbe!;
    found.running = false;
    return found;
  });
  const workerPeak = await workerHeap.stop();
  const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
  console.log(
    [
      `event log import: ${written.events.toLocaleString('en')} events, ${megabytes(written.bytes)} CSV`,
      `  read and measured in ${seconds.toFixed(1)} s (${Math.round(written.events / seconds).toLocaleString('en')} events/s)`,
      `  renderer: peak JS heap ${megabytes(probe.peakHeap)}, longest frame gap while reading ${Math.round(probe.longestFrameGap)} ms`,
      `  worker: peak JS heap ${workerPeak === null ? 'not measured (no worker target found)' : megabytes(workerPeak)} (sampled every 200 ms)`,
    ].join('\n'),
  );
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

/**
 * Samples the log worker's JS heap through the DevTools protocol: the browser session attaches
 * to each new worker target and asks for its heap usage every 200 ms until stopped.
 */
async function sampleWorkerHeap(page: Page): Promise<{ stop: () => Promise<number | null> }> {
  const session = await page.context().browser()!.newBrowserCDPSession();
  let peak: number | null = null;
  let running = true;
  let nextId = 1;
  const attachedTargets = new Set<string>();
  const sessions: string[] = [];
  session.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const reply = JSON.parse(event.message) as { result?: { usedSize?: number } };
    const used = reply.result?.usedSize;
    if (used !== undefined) peak = Math.max(peak ?? 0, used);
  });
  const poll = async () => {
    while (running) {
      const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string }[] };
      for (const target of targetInfos.filter((info) => info.type === 'worker' && !attachedTargets.has(info.targetId))) {
        attachedTargets.add(target.targetId);
        const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
        sessions.push(sessionId);
      }
      for (const sessionId of sessions) {
        await session
          .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: nextId++, method: 'Runtime.getHeapUsage' }) })
          .catch(() => undefined);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  const polling = poll();
  return {
    stop: async () => {
      running = false;
      await polling;
      await session.detach();
      return peak;
    },
  };
}
