import { expect, type Locator, type Page } from '@playwright/test';
import { waitForSettledViewport } from './canvas';
import { waitUntilSaved } from './fixtures';

export const LAPTOP = { width: 1366, height: 768 };

/** Text the facilitator's canvas draws right now: each visible Konva text, its size on screen in pixels, and whether Konva cut it short. */
export type DrawnText = { text: string; screenSize: number; cut: boolean };

export async function drawnTexts(page: Page): Promise<DrawnText[]> {
  return page.evaluate(() => {
    type KonvaText = {
      fontSize: () => number;
      getAbsoluteScale: () => { y: number };
      isVisible: () => boolean;
      text: () => string;
      textArr: Array<{ text: string }>;
    };
    type Stage = { find: (selector: string) => KonvaText[]; container: () => HTMLElement };
    const konva = (window as unknown as { Konva: { stages: Stage[] } }).Konva;
    const stage = konva.stages.find((candidate) => candidate.container().closest('[data-testid="map-canvas"]'));
    if (!stage) return [];
    return stage
      .find('Text')
      .filter((text) => text.isVisible() && text.text() !== '')
      .map((text) => ({
        text: text.text(),
        screenSize: text.fontSize() * text.getAbsoluteScale().y,
        cut: text.textArr.some((line) => line.text.endsWith('…')),
      }));
  });
}

/**
 * The canvas texts drawn right now that a line ends inside a word of ("Auftragserfa / ssung"), each as its lines: a
 * line may end at a space or a line break, after a hyphen, or in "…" where a grown name is cut short at a zoomed-out wall.
 */
export async function canvasWordsBrokenInside(page: Page): Promise<string[][]> {
  return page.evaluate(() => {
    type KonvaText = { isVisible: () => boolean; text: () => string; textArr: Array<{ text: string }> };
    type Stage = { find: (selector: string) => KonvaText[]; container: () => HTMLElement };
    const konva = (window as unknown as { Konva: { stages: Stage[] } }).Konva;
    const stage = konva.stages.find((candidate) => candidate.container().closest('[data-testid="map-canvas"]'));
    if (!stage) return [];
    /** Follows the lines through the text from its start: each must end where the text has a space or a line break, or after a hyphen. */
    const breaksBetweenWords = (text: string, lines: string[]) => {
      let at = 0;
      for (const line of lines) {
        if (line.endsWith('…')) return true;
        while (/\s/.test(text[at] ?? '')) at += 1;
        if (!text.startsWith(line, at)) return false;
        at += line.length;
        if (at < text.length && !/\s/.test(text[at] ?? '') && !line.endsWith('-')) return false;
      }
      return true;
    };
    return stage
      .find('Text')
      .filter((text) => text.isVisible() && text.text() !== '')
      .map((text) => ({ text: text.text(), lines: text.textArr.map((line) => line.text) }))
      .filter(({ text, lines }) => !breaksBetweenWords(text, lines))
      .map(({ lines }) => lines);
  });
}

/** A new workshop with Learning to See's Acme Stamping map, opened afresh the way a facilitator comes back to it. */
export async function openAcmeMap(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Manufacturing: Acme Stamping (Learning to See)' }).click();
  await expect(page.getByRole('list', { name: 'Map contents' }).getByRole('listitem').first()).toBeAttached();
  await waitUntilSaved(page);
  await page.reload();
  await expect(page.getByTestId('map-canvas')).toBeVisible();
  await waitForSettledViewport(page);
}

/** The zoom the canvas shows, as a factor. */
export async function canvasScale(page: Page): Promise<number> {
  const viewport = await page.getByTestId('map-canvas').getAttribute('data-viewport');
  return Number(viewport?.split(',')[2]);
}

/** Whether two elements' boxes share any area on screen. */
export async function overlap(a: Locator, b: Locator): Promise<boolean> {
  const [one, two] = [(await a.boundingBox())!, (await b.boundingBox())!];
  return one.x < two.x + two.width && two.x < one.x + one.width && one.y < two.y + two.height && two.y < one.y + one.height;
}
