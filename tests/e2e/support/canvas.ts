import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Finding things on the canvas without guessing pixels: the "Map contents" list carries each
 * node's id, kind and box in map units, and the canvas its viewport, so a test can work out
 * where on screen a node it placed is drawn.
 */
export function contents(page: Page): Locator {
  return page.getByRole('list', { name: 'Map contents' }).getByRole('listitem');
}

export function connectorItems(page: Page): Locator {
  return page.getByRole('list', { name: 'Map connectors' }).getByRole('listitem');
}

/** The list item of one node, which carries its box. */
export function contentsItem(page: Page, nodeId: string): Locator {
  return page.getByRole('list', { name: 'Map contents' }).locator(`li[data-node-id="${nodeId}"]`);
}

export async function nodeIdByText(page: Page, text: string): Promise<string> {
  const id = await contents(page).filter({ hasText: text }).first().getAttribute('data-node-id');
  if (!id) throw new Error(`No node with text ${text}`);
  return id;
}

/** The screen point at the middle of a node's box. */
export async function nodeCentre(page: Page, nodeId: string): Promise<{ x: number; y: number }> {
  const canvas = page.getByTestId('map-canvas');
  const box = (await canvas.boundingBox())!;
  const [vx, vy, scale] = (await canvas.getAttribute('data-viewport'))!.split(',').map(Number) as [number, number, number];
  const item = contentsItem(page, nodeId);
  const read = async (name: string) => Number(await item.getAttribute(`data-${name}`));
  const [x, y, width, height] = [await read('x'), await read('y'), await read('width'), await read('height')];
  return { x: box.x + vx + (x + width / 2) * scale, y: box.y + vy + (y + height / 2) * scale };
}

/** Presses on one point and lets go on another, moving in steps as a hand would. */
export async function dragBetween(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
}

/**
 * Waits until the canvas has stopped moving: it zooms to fit while panels open and close, so its
 * viewport is read until two readings in a row agree.
 */
export async function waitForSettledViewport(page: Page): Promise<void> {
  const canvas = page.getByTestId('map-canvas');
  let previous: string | null = null;
  await expect
    .poll(
      async () => {
        const current = await canvas.getAttribute('data-viewport');
        const settled = current !== null && current === previous;
        previous = current;
        return settled;
      },
      { intervals: [100] },
    )
    .toBe(true);
}
