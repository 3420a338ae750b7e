import type { Locator } from '@playwright/test';
import { createWorkshop, expect, test } from './support/fixtures';

/** True when the element's text fits inside it, nothing running past its right edge. */
function fitsWidth(element: Locator): Promise<boolean> {
  return element.evaluate((node) => node.scrollWidth <= node.clientWidth + 1);
}

test('a title of one very long word wraps on its workshop card and on the report cover', async ({ page, app }) => {
  const title = 'Auftragsabwicklungsprozesswertstromanalyse'.repeat(4);
  await page.goto(app.host.url);
  await createWorkshop(page, title);
  const reportAddress = page.url().replace(/\/maps\/[^/]+$/, '/report');

  await page.getByRole('button', { name: '← Workshops' }).click();
  const card = page.getByRole('button', { name: title });
  await expect(card).toBeVisible();
  expect(await fitsWidth(card)).toBe(true);

  await page.goto(reportAddress);
  const cover = page.getByRole('heading', { level: 1, name: title });
  await expect(cover).toBeVisible();
  expect(await fitsWidth(cover)).toBe(true);
});
