import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';

/** A second tab of the same browser on the map the first one shows, as a facilitator opens one for a second screen. */
export async function openSameMap(context: BrowserContext, url: string, first: Page): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByRole('button', { name: '+ New workshop' }).first()).toBeVisible();
  await page.evaluate((hash) => (window.location.hash = hash), new URL(first.url()).hash);
  await expect(page.getByTestId('map-canvas')).toBeVisible();
  return page;
}
