import type { Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { makeDataDir, startHostProcess, type RunningHost } from '../e2e/support/browser-host-process';
import { expect, test } from '../e2e/support/fixtures';
import { invokeHost } from '../e2e/support/host-api';
import { bareKonvaFirstRender } from './support/bare-konva-page';
import { installProbe, percentile, readProbe, resetProbe, waitForQuiet } from './support/canvas-probe';
import { seedWall, type Wall } from './support/seed-wall';

/**
 * The canvas on a busy wall, in headless Chromium: first full render (and a bare Konva page's
 * of the same wall, in the same run), zoom and pan at fit and with the notes' names drawn,
 * picking a note up and dragging it, and the renderer's heap, at 500, 2,000, 5,000 and 10,000
 * notes (with 50 process boxes and 100 connectors). Prints figures; asserts nothing about time.
 *
 * With BENCH_BEFORE_BUILD set to another build's folder (the build before a change, made in a
 * copy of the old commit), every figure is also taken from that build, size by size in the same
 * run, so a change is measured against the same load on the machine.
 */
/** BENCH_NOTES=5000,10000 measures those sizes only. */
const SIZES = process.env.BENCH_NOTES ? process.env.BENCH_NOTES.split(',').map(Number) : [500, 2_000, 5_000, 10_000];
const DRAG_SECONDS = 2;
const MOVES_PER_SECOND = 60;
/** The zoom a 1366-pixel laptop screen opens a workshop at (Acme Stamping), where the names are drawn at 10 px or more. */
const LABELLED_SCALE = 0.35;
/** The farthest zoom that still draws the notes' sentences (SMALL_PRINT_MIN_SCALE in renderer/canvas/shapes/shape-style.ts). */
const TEXT_SCALE = 0.45;
/** One mouse-wheel notch: 100 pixels, about 16 % of zoom. */
const NOTCH = 100;
/** The smallest wheel step the app reads as a mouse wheel (zoom) rather than a trackpad (pan): 40 pixels, about 6 % of zoom. */
const SMALLEST_NOTCH = 40;
/** A trackpad's two-finger scroll step, which pans. */
const TRACKPAD_STEP = 25;

type Row = Record<string, string | number>;

const ms = (value: number) => Number(value.toFixed(2));

/** The moment the wall is drawn whole (every node on the stage, two frames later), and the moment the hidden contents list names them all. */
async function waitForFullRender(page: Page, nodeCount: number): Promise<{ drawn: number; listed: number }> {
  return page.evaluate(async (expected) => {
    for (;;) {
      const stage = window.Konva?.stages[0];
      const drawn = stage ? stage.find('.map-node').length : 0;
      if (drawn >= expected) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const drawn = performance.now();
    while (document.querySelectorAll('li[data-node-id]').length < expected) await new Promise((resolve) => setTimeout(resolve, 5));
    return { drawn, listed: performance.now() };
  }, nodeCount);
}

async function viewportScale(page: Page): Promise<number> {
  return Number((await page.getByTestId('map-canvas').getAttribute('data-viewport'))!.split(',')[2]);
}

/** The screen point of the middle of the note nearest the canvas's middle that a press there would pick up (no arrow across it). */
async function noteNearMiddle(page: Page): Promise<{ x: number; y: number }> {
  const canvas = page.getByTestId('map-canvas');
  const box = (await canvas.boundingBox())!;
  const [vx, vy, scale] = (await canvas.getAttribute('data-viewport'))!.split(',').map(Number) as [number, number, number];
  const notes = await page
    .locator('li[data-kind="sticky-note"]')
    .evaluateAll((items) =>
      items.map((item) => ({ x: Number(item.dataset.x), y: Number(item.dataset.y), w: Number(item.dataset.width), h: Number(item.dataset.height) })),
    );
  const middle = { x: box.width / 2, y: box.height / 2 };
  const screen = notes.map((note) => ({ x: vx + (note.x + note.w / 2) * scale, y: vy + (note.y + note.h / 2) * scale }));
  screen.sort((a, b) => Math.hypot(a.x - middle.x, a.y - middle.y) - Math.hypot(b.x - middle.x, b.y - middle.y));
  const clear = await page.evaluate(
    (candidates) => {
      const stage = window.Konva!.stages[0]!;
      return candidates.find((at) => {
        for (let shape = stage.getIntersection(at); shape; shape = shape.getParent()) {
          if (shape.name().split(' ').includes('map-node')) return shape.id().startsWith('note-');
        }
        return false;
      });
    },
    screen.slice(0, 100),
  );
  if (!clear) throw new Error('No note near the middle is clear of arrows');
  return { x: box.x + clear.x, y: box.y + clear.y };
}

/** Sends `count` wheel events on a clock, 60 a second, without waiting for the page to handle the last, as a real wheel does. */
async function wheelOnAClock(page: Page, count: number, delta: (index: number) => { dx: number; dy: number }): Promise<void> {
  const sent: Promise<void>[] = [];
  const start = Date.now();
  for (let index = 0; index < count; index++) {
    const wait = start + (index * 1000) / MOVES_PER_SECOND - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const { dx, dy } = delta(index);
    sent.push(page.mouse.wheel(dx, dy));
  }
  await Promise.all(sent);
}

/**
 * Presses on an unselected note and starts moving it: the longest gap between two frames from
 * the press until the drag is under way is the stall a facilitator feels when picking a note up.
 */
async function pickUp(page: Page, from: { x: number; y: number }): Promise<number> {
  await resetProbe(page);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 5, from.y + 5);
  await page.mouse.move(from.x + 10, from.y + 10);
  await page.waitForTimeout(300);
  return Math.max(...(await readProbe(page)).gaps);
}

/**
 * Moves the held note: the pointer moves 60 times a second for two seconds, on a clock: each move
 * is sent when it is due, without waiting for the page to finish the last, as a real mouse does.
 */
async function dragFor(
  page: Page,
  from: { x: number; y: number },
): Promise<{ sent: number; seconds: number; frames: number[]; gaps: number[]; moves: number }> {
  await resetProbe(page);
  const total = DRAG_SECONDS * MOVES_PER_SECOND;
  const sent: Promise<void>[] = [];
  const start = Date.now();
  for (let index = 1; index <= total; index++) {
    const wait = start + (index * 1000) / MOVES_PER_SECOND - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const angle = (index / total) * Math.PI * 4;
    sent.push(page.mouse.move(from.x + 10 + 150 * Math.sin(angle) + index * 0.5, from.y + 10 + 80 * Math.sin(angle / 2)));
  }
  await Promise.all(sent);
  const seconds = (Date.now() - start) / 1000;
  const { frames, gaps, moves } = await readProbe(page);
  await page.mouse.up();
  return { sent: total, seconds, frames, gaps, moves };
}

/** The time the layers spent drawing for each step (nothing drawn counts as 0), from a wall at rest. */
async function redrawPerStep(page: Page, step: (index: number) => Promise<void>, steps: number): Promise<number[]> {
  await waitForQuiet(page);
  const perStep: number[] = [];
  for (let index = 0; index < steps; index++) {
    await resetProbe(page);
    await step(index);
    const { frames } = await readProbe(page);
    perStep.push(frames.reduce((sum, frame) => sum + frame, 0));
  }
  return perStep;
}

/** Lets a zoom or pan settle (the app hands the viewport back to React 160 ms after the last wheel event) and what follows be drawn. */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(400);
  await waitForQuiet(page);
}

/** The longest redraw once a gesture has stopped: the wall drawn crisp again and its hit canvas restored. */
async function settleRedraw(page: Page): Promise<number> {
  await resetProbe(page);
  await page.waitForTimeout(400);
  return Math.max(0, ...(await readProbe(page)).frames);
}

async function openWall(page: Page, host: RunningHost, notes: number, wall: Wall): Promise<{ drawn: number; listed: number }> {
  const { workshop, maps } = await invokeHost(host, 'workshop.create', { title: `Bench ${notes}`, date: '2026-11-25', facilitator: '' });
  const mapId = maps[0]!.id;
  await invokeHost(host, 'map.applyChanges', { mapId, changes: wall.changes });
  await page.goto(host.url);
  // The app settles on the workshop list (taking its token from the address) before the map is opened by its address.
  await page.getByRole('button', { name: '+ New workshop' }).first().waitFor();
  await page.evaluate(
    ([workshopId, id]) => {
      window.location.hash = `#/workshops/${workshopId}/maps/${id}`;
    },
    [workshop.id, mapId] as const,
  );
  await page.reload();
  return waitForFullRender(page, notes + 50);
}

async function measureApp(page: Page, host: RunningHost, notes: number, wall: Wall): Promise<Row> {
  const rendered = await openWall(page, host, notes, wall);
  await installProbe(page);

  const client = await page.context().newCDPSession(page);
  await client.send('HeapProfiler.collectGarbage');
  const heap = (await client.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024;
  await client.detach();

  // Zoom and pan at zoom-to-fit, where the whole wall is drawn, one notch at a time and then a wheel turning steadily.
  const canvasBox = (await page.getByTestId('map-canvas').boundingBox())!;
  await page.mouse.move(canvasBox.x + canvasBox.width / 2, canvasBox.y + canvasBox.height / 2);
  const zoomFit = await redrawPerStep(page, (index) => page.mouse.wheel(0, index % 2 === 0 ? -NOTCH : NOTCH), 6);
  const zoomFitSettled = await settleRedraw(page);
  const panFit = await redrawPerStep(page, () => page.mouse.wheel(30, 20), 10);
  const panFitSettled = await settleRedraw(page);
  await waitForQuiet(page);
  await resetProbe(page);
  // A wheel turning steadily: half a second in, half a second out, so the wall ends about at its fit.
  await wheelOnAClock(page, 60, (index) => ({ dx: 0, dy: index < 30 ? -SMALLEST_NOTCH : SMALLEST_NOTCH }));
  const wheelGaps = (await readProbe(page)).gaps;
  await settle(page);
  // Two fingers on a trackpad: small deltas, which pan (half a second up, half a second down).
  await waitForQuiet(page);
  await resetProbe(page);
  await wheelOnAClock(page, 60, (index) => ({ dx: 0, dy: index < 30 ? -TRACKPAD_STEP : TRACKPAD_STEP }));
  const trackpadGaps = (await readProbe(page)).gaps;
  await settle(page);

  // Where a laptop opens a workshop: the names drawn. Zoom in and out by turns, so the names stay drawn.
  await page.keyboard.press('Control+0');
  await settle(page);
  while ((await viewportScale(page)) > LABELLED_SCALE + 0.01) await page.mouse.wheel(0, NOTCH);
  await settle(page);
  const labelledScale = await viewportScale(page);
  const zoomLabels = await redrawPerStep(page, (index) => page.mouse.wheel(0, index % 2 === 0 ? -NOTCH : NOTCH), 6);
  await settle(page);
  const panLabels = await redrawPerStep(page, () => page.mouse.wheel(30, 20), 10);
  await settle(page);

  // Pick a note up and drag it where the names are drawn.
  const from = await noteNearMiddle(page);
  await waitForQuiet(page);
  const pickUpGap = await pickUp(page, from);
  const drag = await dragFor(page, from);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
  await settle(page);

  // Again at the farthest zoom that draws the notes' sentences, the most text a drag has to keep up with.
  for (let step = 0; step < 20 && (await viewportScale(page)) < TEXT_SCALE; step++) await page.mouse.wheel(0, -SMALLEST_NOTCH);
  await settle(page);
  const textScale = await viewportScale(page);
  const textFrom = await noteNearMiddle(page);
  await waitForQuiet(page);
  const textPickUpGap = await pickUp(page, textFrom);
  const textDrag = await dragFor(page, textFrom);

  // At 100 %, as a facilitator works close up.
  await page.keyboard.press('Control+0');
  await settle(page);
  const zoom100 = await redrawPerStep(page, (index) => page.mouse.wheel(0, index % 2 === 0 ? NOTCH : -NOTCH), 4);
  const pan100 = await redrawPerStep(page, () => page.mouse.wheel(30, 20), 10);

  return {
    'first render ms': Math.round(rendered.drawn),
    'contents list ready ms': Math.round(rendered.listed),
    'zoom redraw (fit) ms': ms(percentile(zoomFit, 0.5)),
    'pan redraw (fit) ms': ms(percentile(panFit, 0.5)),
    'redraw once settled (fit) ms': ms(Math.max(zoomFitSettled, panFitSettled)),
    'wheel-zoom frame p95 (fit) ms': ms(percentile(wheelGaps, 0.95)),
    'trackpad-pan frame p95 (fit) ms': ms(percentile(trackpadGaps, 0.95)),
    'labels: 1366 fit at %': Math.round(labelledScale * 100),
    'zoom redraw (labels) ms': ms(percentile(zoomLabels, 0.5)),
    'pan redraw (labels) ms': ms(percentile(panLabels, 0.5)),
    'pick-up longest frame (labels) ms': ms(pickUpGap),
    'moves sent/s': Number((drag.sent / drag.seconds).toFixed(1)),
    'moves handled/s (labels)': Number((drag.moves / drag.seconds).toFixed(1)),
    'drag redraw p95 (labels) ms': ms(percentile(drag.frames, 0.95)),
    'farthest text zoom %': Math.round(textScale * 100),
    'pick-up longest frame (text) ms': ms(textPickUpGap),
    'moves handled/s (text)': Number((textDrag.moves / textDrag.seconds).toFixed(1)),
    'drag frame p95 (text) ms': ms(percentile(textDrag.gaps, 0.95)),
    'drag redraw p95 (text) ms': ms(percentile(textDrag.frames, 0.95)),
    'zoom redraw (100 %) ms': ms(percentile(zoom100, 0.5)),
    'pan redraw (100 %) ms': ms(percentile(pan100, 0.5)),
    'heap MB': Number(heap.toFixed(1)),
  };
}

/** The other build's host, when one is asked for, on a data folder of its own. */
async function startBeforeHost(): Promise<{ host: RunningHost; dataDir: string } | null> {
  const build = process.env.BENCH_BEFORE_BUILD;
  if (!build) return null;
  const dataDir = makeDataDir();
  return { host: await startHostProcess(dataDir, { entry: path.resolve(build, 'main/browser-host.js') }), dataDir };
}

test('canvas speed on a busy wall', async ({ page, app }) => {
  test.setTimeout(1_800_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  const before = await startBeforeHost();
  const rows: Row[] = [];
  try {
    for (const notes of SIZES) {
      const wall = seedWall({ notes, processes: 50, connectors: 100 });
      const bare = await bareKonvaFirstRender(page, wall.changes);
      const builds: Array<[string, RunningHost]> = before
        ? [
            ['before', before.host],
            ['after', app.host],
          ]
        : [['this build', app.host]];
      for (const [build, host] of builds) {
        const row = await measureApp(page, host, notes, wall);
        rows.push({
          notes,
          build,
          ...row,
          'bare Konva first render ms': Math.round(bare),
          'first render / bare': Number((Number(row['first render ms']) / bare).toFixed(2)),
        });
      }
    }
  } finally {
    await before?.host.stop();
    if (before) fs.rmSync(before.dataDir, { recursive: true, force: true });
  }
  console.log(
    '\nCanvas benchmark (headless Chromium at 1920 × 1080, 50 process boxes, 100 connectors; redraw = Konva layer draw time per frame, frame = time between animation frames)',
  );
  console.table(rows);
});
