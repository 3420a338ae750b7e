import type { Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import type { MapChange } from '../../../shared/editing/map-change';

/**
 * The reference the app's first render is held against: the same wall drawn by a page that is
 * nothing but Konva (no React, no API, no panels), its data written into the page. Each note is
 * a draggable group of a rectangle and its wrapped sentence, each process box a rectangle and its
 * name, each connector an arrow; the stage is fitted to the wall as the app opens it.
 */
const KONVA_SCRIPT = path.resolve(import.meta.dirname, '../../../node_modules/konva/konva.min.js');
const ADDRESS = 'http://bare-konva.invalid/';

type Box = { id: string; x: number; y: number; width: number; height: number; text: string; fill: string };

function boxesOf(changes: readonly MapChange[]): { boxes: Box[]; links: Array<[string, string]> } {
  const boxes: Box[] = [];
  const links: Array<[string, string]> = [];
  for (const change of changes) {
    if (change.op === 'putNode') {
      const { id, x, y, width, height, text } = change.node;
      boxes.push({ id, x, y, width, height, text, fill: change.node.kind === 'sticky-note' ? '#fff3a0' : '#ffffff' });
    }
    if (change.op === 'putConnector') links.push([change.connector.fromId, change.connector.toId]);
  }
  return { boxes, links };
}

function drawWall(data: { boxes: Box[]; links: Array<[string, string]> }) {
  const Konva = (window as unknown as { Konva: typeof import('konva').default }).Konva;
  const stage = new Konva.Stage({ container: 'wall', width: window.innerWidth, height: window.innerHeight });
  const layer = new Konva.Layer();
  const minX = Math.min(...data.boxes.map((box) => box.x));
  const minY = Math.min(...data.boxes.map((box) => box.y));
  const maxX = Math.max(...data.boxes.map((box) => box.x + box.width));
  const maxY = Math.max(...data.boxes.map((box) => box.y + box.height));
  const scale = Math.min((window.innerWidth - 96) / (maxX - minX), (window.innerHeight - 96) / (maxY - minY), 1);
  stage.scale({ x: scale, y: scale });
  stage.position({ x: 48 - minX * scale, y: 48 - minY * scale });
  const byId = new Map(data.boxes.map((box) => [box.id, box]));
  for (const box of data.boxes) {
    const group = new Konva.Group({ x: box.x, y: box.y, draggable: true });
    group.add(new Konva.Rect({ width: box.width, height: box.height, fill: box.fill, stroke: 'rgba(0,0,0,0.22)', strokeWidth: 1 }));
    group.add(new Konva.Text({ text: box.text, width: box.width, padding: 12, fontSize: 18, wrap: 'word', listening: false }));
    layer.add(group);
  }
  for (const [fromId, toId] of data.links) {
    const from = byId.get(fromId)!;
    const to = byId.get(toId)!;
    const points = [from.x + from.width / 2, from.y + from.height / 2, to.x + to.width / 2, to.y + to.height / 2];
    layer.add(new Konva.Arrow({ points, stroke: '#1b1f24', fill: '#1b1f24', strokeWidth: 2 }));
  }
  stage.add(layer);
}

/** Opens the bare page for the wall and answers the time from navigation to the second frame after it is drawn. */
export async function bareKonvaFirstRender(page: Page, changes: readonly MapChange[]): Promise<number> {
  const html = `<!doctype html><html><body style="margin:0;overflow:hidden"><div id="wall"></div>
<script>${fs.readFileSync(KONVA_SCRIPT, 'utf8')}</script>
<script>(${drawWall.toString()})(${JSON.stringify(boxesOf(changes))});</script></body></html>`;
  await page.route(ADDRESS, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(ADDRESS);
  const drawn = await page.evaluate(
    () => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))),
  );
  await page.unroute(ADDRESS);
  return drawn;
}
