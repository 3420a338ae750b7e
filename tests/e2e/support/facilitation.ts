import { expect, type Page } from '@playwright/test';
import { createNode } from '../../../shared/model/node-factory';
import type { NodeKind } from '../../../shared/model/node-kinds';
import { callApi, mapIdFromUrl } from './api-from-page';
import { clickNode } from './map-nodes';

/** A node to put on the map, centred on (x, y). */
export type SeedNode = { id: string; kind: NodeKind; text: string; x: number; y: number };

/** Puts nodes on the open map through the API, then reloads so the screen shows them. */
export async function seedMap(page: Page, nodes: readonly SeedNode[]): Promise<void> {
  const mapId = mapIdFromUrl(page);
  const changes = nodes.map(({ id, kind, text, x, y }, index) => ({
    op: 'putNode' as const,
    node: createNode({ id, kind, text, at: { x, y }, z: index + 1 }),
  }));
  await callApi(page, 'map.applyChanges', { mapId, changes });
  await page.reload();
  await expect(page.getByRole('list', { name: 'Map contents' }).getByRole('listitem')).toHaveCount(nodes.length);
}

/**
 * Clicks a node's facilitation click target (laid over the map while voting or picking a note),
 * found in the Konva stage by the id the overlay gives it, once the canvas has stopped moving.
 */
export async function clickTarget(page: Page, nodeId: string, options: { shift?: boolean } = {}): Promise<void> {
  await clickNode(page, `target-${nodeId}`, { ...options, name: 'node-target' });
}

/** Whether the canvas offers a click target on the node (only votable or parkable nodes get one). */
export async function hasClickTarget(page: Page, nodeId: string): Promise<boolean> {
  return page.evaluate((id) => {
    type KonvaStage = { findOne: (selector: string) => unknown };
    const stages = (window as unknown as { Konva: { stages: KonvaStage[] } }).Konva.stages;
    return stages.some((stage) => Boolean(stage.findOne(`#target-${id}`)));
  }, nodeId);
}

/** How many vote dots the canvas draws right now. */
export async function dotsDrawn(page: Page): Promise<number> {
  return page.evaluate(() => {
    type KonvaStage = { find: (selector: string) => unknown[] };
    const stages = (window as unknown as { Konva: { stages: KonvaStage[] } }).Konva.stages;
    return stages.reduce((sum, stage) => sum + stage.find('.vote-dot').length, 0);
  });
}

/** The timer's reading in milliseconds, parsed from the digits shown ("12:05", "+0:42" overtime is negative). */
export async function readTimerMs(page: Page, scope = page.locator('body')): Promise<number> {
  const text = (await scope.getByTestId('timer-digits').textContent()) ?? '';
  const match = /^(\+?)(?:(\d+):)?(\d+):(\d\d)$/.exec(text.trim());
  if (!match) throw new Error(`Not a timer reading: ${text}`);
  const ms = ((Number(match[2] ?? 0) * 60 + Number(match[3])) * 60 + Number(match[4])) * 1000;
  return match[1] ? -ms : ms;
}
