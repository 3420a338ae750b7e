import { waitForSettledViewport } from './support/canvas';
import { expect, test, waitUntilSaved } from './support/fixtures';
import { canvasWordsBrokenInside, drawnTexts } from './support/laptop';

/**
 * A German room's long words on the wall at zoom to fit: "Auftragserfassung" in a process box is set a
 * step smaller rather than drawn as "Auftragserfa / ssung", on a laptop and on a projector; so is a
 * name drawn larger than its own size on a wall zoomed out (Acme at 1366 with a step the room added).
 */
test.use({ locale: 'de-DE' });

for (const { example, added } of [
  { example: 'Büro: Abwicklung von Sonderaufträgen', added: [] },
  { example: 'Fertigung: Acme Stamping (Learning to See)', added: ['Endkontrolle'] },
]) {
  test(`the German worked example “${example}” keeps every word whole at zoom to fit, at 1366×768 and 1920×1080`, async ({ page, app }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(app.host.url);
    await page.getByRole('button', { name: '+ Neuer Workshop' }).first().click();
    await page.getByLabel('Titel').fill('Kaizen-Workshop');
    await page.getByLabel('Moderation').fill('Dana Lee');
    await page.getByRole('button', { name: 'Workshop anlegen' }).click();
    await page.getByRole('button', { name: example }).click();
    await expect(page.getByRole('list', { name: 'Inhalt der Karte' }).getByRole('listitem').first()).toBeAttached();
    for (const name of added) {
      await page.keyboard.press('p');
      await page.keyboard.type(name);
      await page.keyboard.press('Escape');
    }
    await waitUntilSaved(page);

    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(viewport);
      // Opened afresh, the map fits the window.
      await page.reload();
      await expect(page.getByTestId('map-canvas')).toBeVisible();
      await waitForSettledViewport(page);
      await expect.poll(() => canvasWordsBrokenInside(page), { message: `at ${viewport.width}×${viewport.height}` }).toEqual([]);
      // Kept whole a step smaller, still readable.
      const drawn = await drawnTexts(page);
      for (const name of added) expect(drawn.find((text) => text.text === name)?.screenSize).toBeGreaterThanOrEqual(7);
    }
  });
}
