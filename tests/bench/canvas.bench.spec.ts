import type { Page } from '@playwright/test';
import { expect, test } from '../e2e/support/fixtures';
import { invokeHost } from '../e2e/support/host-api';
import { installProbe, percentile, readProbe, resetProbe } from './support/canvas-probe';
import { seedWall } from './support/seed-wall';

/**
 * The canvas on a busy wall, in headless Chromium: first full render, dragging one note, zoom
 * and pan, and the renderer's heap, at 500, 2,000 and 5,000 notes (with 50 process boxes and
 * 100 connectors). Prints figures; asserts nothing about time.
 */
const SIZES = [500, 2_000, 5_000];
const DRAG_SECONDS = 2;
const MOVES_PER_SECOND = 60;

type Row = Record<string, string | number>;

const ms = (value: number) => Number(value.toFixed(2));

async function waitForFullRender(page: Page, nodeCount: number): Promise<number> {
  return page.evaluate(async (expected) => {
    for (;;) {
      const stage = window.Konva?.stages[0];
      const drawn = stage ? stage.find('.map-node').length : 0;
      if (drawn >= expected) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return performance.now();
  }, nodeCount);
}

/** The screen point of the middle of the note nearest the canvas's middle. */
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
  return { x: box.x + screen[0]!.x, y: box.y + screen[0]!.y };
}

/**
 * Holds a note and moves the pointer 60 times a second for two seconds, on a clock: each move is
 * sent when it is due, without waiting for the page to finish the last, as a real mouse does.
 */
async function dragFor(page: Page, from: { x: number; y: number }): Promise<{ sent: number; seconds: number; frames: number[]; moves: number }> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 10, from.y + 10);
  // Picking the note up (selecting it, lifting it to the drag layer) is done: measure the drag itself.
  await page.waitForTimeout(300);
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
  const { frames, moves } = await readProbe(page);
  await page.mouse.up();
  return { sent: total, seconds, frames, moves };
}

async function redrawPerStep(page: Page, step: () => Promise<void>, steps: number): Promise<number[]> {
  await resetProbe(page);
  for (let index = 0; index < steps; index++) {
    await step();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  return (await readProbe(page)).frames;
}

test('canvas speed on a busy wall', async ({ page, app }) => {
  test.setTimeout(600_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  const rows: Row[] = [];
  for (const notes of SIZES) {
    const { workshop, maps } = await invokeHost(app.host, 'workshop.create', { title: `Bench ${notes}`, date: '2026-11-25', facilitator: '' });
    const mapId = maps[0]!.id;
    const wall = seedWall({ notes, processes: 50, connectors: 100 });
    await invokeHost(app.host, 'map.applyChanges', { mapId, changes: wall.changes });
    const nodeCount = notes + 50;

    await page.goto(app.host.url);
    // The app settles on the workshop list (taking its token from the address) before the map is opened by its address.
    await page.getByRole('button', { name: '+ New workshop' }).first().waitFor();
    await page.evaluate(
      ([workshopId, id]) => {
        window.location.hash = `#/workshops/${workshopId}/maps/${id}`;
      },
      [workshop.id, mapId] as const,
    );
    await page.reload();
    const rendered = await waitForFullRender(page, nodeCount);
    await installProbe(page);

    const client = await page.context().newCDPSession(page);
    await client.send('HeapProfiler.collectGarbage');
    const heap = (await client.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024;

    // Zoom and pan at zoom-to-fit, where the whole wall is drawn.
    const canvasBox = (await page.getByTestId('map-canvas').boundingBox())!;
    await page.mouse.move(canvasBox.x + canvasBox.width / 2, canvasBox.y + canvasBox.height / 2);
    const zoomFit = await redrawPerStep(page, () => page.mouse.wheel(0, -100), 6);
    const panFit = await redrawPerStep(page, () => page.mouse.wheel(30, 20), 10);

    // At 100 %, as a facilitator works: zoom, pan and drag one note.
    await page.keyboard.press('Control+0');
    await page.waitForTimeout(300);
    const zoom100 = await redrawPerStep(page, () => page.mouse.wheel(0, 100), 4);
    await page.keyboard.press('Control+0');
    await page.waitForTimeout(300);
    const pan100 = await redrawPerStep(page, () => page.mouse.wheel(30, 20), 10);
    await page.waitForTimeout(300);

    const drag = await dragFor(page, await noteNearMiddle(page));
    await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();

    rows.push({
      notes,
      'first render ms': Math.round(rendered),
      'moves sent/s': Number((drag.sent / drag.seconds).toFixed(1)),
      'moves handled/s': Number((drag.moves / drag.seconds).toFixed(1)),
      'drag redraw median ms': ms(percentile(drag.frames, 0.5)),
      'drag redraw p95 ms': ms(percentile(drag.frames, 0.95)),
      'zoom redraw (fit) ms': ms(percentile(zoomFit, 0.5)),
      'pan redraw (fit) ms': ms(percentile(panFit, 0.5)),
      'zoom redraw (100 %) ms': ms(percentile(zoom100, 0.5)),
      'pan redraw (100 %) ms': ms(percentile(pan100, 0.5)),
      'heap MB': Number(heap.toFixed(1)),
    });
    await client.detach();
  }
  console.log('\nCanvas benchmark (headless Chromium, 50 process boxes, 100 connectors; redraw = Konva layer draw time per frame)');
  console.table(rows);
});
