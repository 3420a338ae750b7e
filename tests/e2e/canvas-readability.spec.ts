import type { Page } from '@playwright/test';
import { claimsMap } from './support/claims-map';
import { contents, waitForSettledViewport } from './support/canvas';
import { expect, test } from './support/fixtures';
import { invokeHost } from './support/host-api';

/**
 * Readable in a room: a realistic twelve-step map, zoomed to fit on a 1920 x 1080 projector,
 * shows no text smaller than 10 screen pixels in presentation mode. Screenshots of both modes
 * are kept in test-results for a person to look at.
 */
const MIN_SCREEN_FONT = 10;

/** The smallest text the canvas draws, in screen pixels: each Konva text's size times its scale on screen. */
async function smallestText(page: Page): Promise<number> {
  return page.evaluate(() => {
    type KonvaText = { fontSize: () => number; getAbsoluteScale: () => { y: number }; isVisible: () => boolean; text: () => string };
    const konva = (window as unknown as { Konva: { stages: Array<{ find: (selector: string) => KonvaText[] }> } }).Konva;
    const sizes = konva.stages[0]!.find('Text')
      .filter((text) => text.isVisible() && text.text() !== '')
      .map((text) => text.fontSize() * text.getAbsoluteScale().y);
    return Math.min(...sizes);
  });
}

test('a twelve-step map at zoom to fit on a 1920 x 1080 projector has no text below 10 px when presented', async ({ page, app }, testInfo) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const { maps } = await invokeHost(app.host, 'workshop.create', { title: 'Claims handling', date: '2026-11-25', facilitator: 'Dana Lee' });
  await invokeHost(app.host, 'map.applyChanges', { mapId: maps[0]!.id, changes: claimsMap() });
  await page.goto(app.host.url);
  await page.getByRole('button', { name: /Claims handling/ }).click();
  await expect(contents(page)).toHaveCount(31);
  await page.screenshot({ path: testInfo.outputPath('claims-edit.png') });

  await page.keyboard.press('F5');
  await expect(page.getByRole('toolbar', { name: 'Map tools' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Leave presentation' })).toBeVisible();
  await waitForSettledViewport(page);
  await page.screenshot({ path: testInfo.outputPath('claims-presented.png') });
  expect(await smallestText(page)).toBeGreaterThanOrEqual(MIN_SCREEN_FONT);
  const totalSize = await page.locator('[data-metric="lead-time"]').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(totalSize).toBeGreaterThanOrEqual(20);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('toolbar', { name: 'Map tools' })).toBeVisible();
});
