import type { Page } from '@playwright/test';
import type { Connector } from '../../../shared/model/connector';
import type { MapNode } from '../../../shared/model/map-node';
import type { MapSettings } from '../../../shared/model/vsm-map';
import { callApi, mapIdFromUrl } from './api-from-page';

/**
 * Clicks a shape on a Konva stage near the middle of its top edge (clear of the arrows that end
 * at its sides), found by its id and name: a map node by default ('map-node'), or any other.
 */
export async function clickNode(page: Page, nodeId: string, options: { shift?: boolean; name?: string } = {}): Promise<void> {
  const name = options.name ?? 'map-node';
  const point = await settledShapePoint(page, nodeId, name);
  if (!point) throw new Error(`No shape ${name} #${nodeId} on the page`);
  if (options.shift) await page.keyboard.down('Shift');
  await page.mouse.click(point.x, point.y);
  if (options.shift) await page.keyboard.up('Shift');
}

/**
 * Where a shape is on screen, once it has stopped moving: the canvas fits the map to its size
 * while panels settle, and a click aimed at a shape still on its way would land beside it.
 */
async function settledShapePoint(page: Page, nodeId: string, shapeName: string): Promise<{ x: number; y: number } | null> {
  let previous: { x: number; y: number } | null = null;
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const point = await shapePoint(page, nodeId, shapeName);
    if (point && previous && point.x === previous.x && point.y === previous.y) return point;
    previous = point;
    await page.waitForTimeout(100);
  }
  return previous;
}

function shapePoint(page: Page, nodeId: string, shapeName: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ([id, wanted]) => {
      type Box = { x: number; y: number; width: number; height: number };
      type KonvaNode = { id: () => string; name: () => string; getClientRect: () => Box };
      type KonvaStage = { find: (filter: (node: KonvaNode) => boolean) => KonvaNode[]; container: () => HTMLElement };
      for (const stage of (window as unknown as { Konva: { stages: KonvaStage[] } }).Konva.stages) {
        const [shape] = stage.find((node) => node.id() === id && node.name() === wanted);
        if (!shape) continue;
        const rect = shape.getClientRect();
        const origin = stage.container().getBoundingClientRect();
        return { x: origin.left + rect.x + rect.width / 2, y: origin.top + rect.y + Math.min(rect.height / 3, 18) };
      }
      return null;
    },
    [nodeId, shapeName] as const,
  );
}

/** Puts a whole map on the open map through the API and reloads, so the screen shows it. */
export async function seedWholeMap(page: Page, nodes: MapNode[], connectors: Connector[], settings: MapSettings): Promise<void> {
  await callApi(page, 'map.applyChanges', {
    mapId: mapIdFromUrl(page),
    changes: [
      { op: 'setSettings', settings },
      ...nodes.map((node) => ({ op: 'putNode' as const, node })),
      ...connectors.map((connector) => ({ op: 'putConnector' as const, connector })),
    ],
  });
  await page.reload();
}
