import { createWorkshop, expect, test } from './support/fixtures';

test.use({ viewport: { width: 1920, height: 1080 } });

/** The canvas texts that Konva had to cut short with an ellipsis, as drawn right now. */
function cutTexts(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => {
    type KonvaText = { text: () => string; textArr?: Array<{ text: string }> };
    type KonvaStage = { find: (selector: string) => KonvaText[] };
    const stages = (window as unknown as { Konva: { stages: KonvaStage[] } }).Konva.stages;
    return stages.flatMap((stage) =>
      stage
        .find('Text')
        .filter((text) => (text.textArr ?? []).some((line) => line.text.endsWith('…')))
        .map((text) => text.text()),
    );
  });
}

for (const example of ['Manufacturing: Acme Stamping (Learning to See)', 'Office: custom order fulfilment']) {
  test(`the worked example “${example}” shows every label whole at zoom to fit on a projector`, async ({ page, app }) => {
    await page.goto(app.host.url);
    await createWorkshop(page, 'Notation intro');
    await page.getByRole('button', { name: example }).click();
    await expect(page.getByRole('list', { name: 'Map contents' }).getByRole('listitem').first()).toBeAttached();
    await page.keyboard.press('Shift+1');
    await expect.poll(() => cutTexts(page)).toEqual([]);
  });
}
