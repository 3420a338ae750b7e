import { contents, contentsItem, waitForSettledViewport } from './support/canvas';
import { createWorkshop, expect, test } from './support/fixtures';
import { LAPTOP, openAcmeMap } from './support/laptop';

/** One mouse-wheel notch zooms by 1.0015^100; the seventh from a drawing takes it past the 2.5× a bitmap may be blown up. */
const NOTCH = 100;
const NOTCHES_TO_REDRAW = 7;

/**
 * A wheel gesture that goes far enough redraws the wall's picture on the way, without its hit
 * canvas (what finds the node under the pointer), which is brought up to date when the gesture
 * settles or the pointer is pressed: a click straight after such a redraw selects the node drawn
 * under it, and so does one after the gesture has settled.
 */
test('a click straight after a zoom that redrew the wall selects the node drawn under the pointer', async ({ page, app }) => {
  await page.setViewportSize(LAPTOP);
  await page.goto(app.host.url);
  await createWorkshop(page, 'Zoom and click');
  await openAcmeMap(page);
  const canvas = page.getByTestId('map-canvas');

  for (const round of ['during the gesture', 'after it settled']) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+1');
    await waitForSettledViewport(page);
    const box = (await canvas.boundingBox())!;
    const boxes = await contents(page)
      .and(page.locator('[data-kind="process"]'))
      .evaluateAll((items) =>
        items.map((item) => ({
          id: item.dataset.nodeId!,
          x: Number(item.dataset.x),
          y: Number(item.dataset.y),
          width: Number(item.dataset.width),
          height: Number(item.dataset.height),
        })),
      );
    // The zoom is anchored on the process box nearest the canvas's middle, so that its neighbours
    // stay in view however the fitted map happens to sit behind the panels.
    const anchor = await page.evaluate(
      ({ nodes, frame }) => {
        const [vx, vy, zoom] = document.querySelector<HTMLElement>('[data-testid="map-canvas"]')!.dataset.viewport!.split(',').map(Number) as [
          number,
          number,
          number,
        ];
        const middle = { x: frame.x + frame.width / 2, y: frame.y + frame.height / 2 };
        const onScreen = nodes.map((node) => ({
          x: frame.x + vx + (node.x + node.width / 2) * zoom,
          y: frame.y + vy + (node.y + node.height / 2) * zoom,
        }));
        onScreen.sort((a, b) => Math.hypot(a.x - middle.x, a.y - middle.y) - Math.hypot(b.x - middle.x, b.y - middle.y));
        return onScreen[0]!;
      },
      { nodes: boxes, frame: box },
    );
    await page.mouse.move(anchor.x, anchor.y);
    for (let notch = 0; notch < NOTCHES_TO_REDRAW; notch++) await page.mouse.wheel(0, -NOTCH);
    if (round === 'after it settled') await waitForSettledViewport(page);

    // The point in a process box farthest from the zoom's anchor (which the zoom leaves in place, so a stale hit
    // canvas would still find it) that is still in view and not under a panel; found in one step, so
    // that the click comes before the gesture settles (160 ms after the last notch).
    const { target, scale } = await page.evaluate(
      ({ nodes, frame, from }) => {
        const [vx, vy, zoom] = document.querySelector<HTMLElement>('[data-testid="map-canvas"]')!.dataset.viewport!.split(',').map(Number) as [
          number,
          number,
          number,
        ];
        // Points inside each box, a tenth in from its corners, and its middle: the anchor's own box
        // is often the only one in view, and its far corners are as good a test as another box.
        const onScreen = nodes.flatMap((node) =>
          [0.1, 0.5, 0.9].flatMap((fx) =>
            [0.1, 0.5, 0.9].map((fy) => ({
              id: node.id,
              x: frame.x + vx + (node.x + node.width * fx) * zoom,
              y: frame.y + vy + (node.y + node.height * fy) * zoom,
            })),
          ),
        );
        onScreen.sort((a, b) => Math.hypot(b.x - from.x, b.y - from.y) - Math.hypot(a.x - from.x, a.y - from.y));
        return {
          target: onScreen.find((at) => Math.hypot(at.x - from.x, at.y - from.y) > 50 && document.elementFromPoint(at.x, at.y)?.tagName === 'CANVAS'),
          scale: zoom,
        };
      },
      { nodes: boxes, frame: box, from: anchor },
    );
    if (!target) throw new Error('No process box in view');
    expect(scale, 'zoomed in past the drawing').toBeGreaterThan(0.5);
    await page.mouse.click(target.x, target.y);
    await expect(contentsItem(page, target.id).getByRole('button'), round).toHaveAttribute('aria-pressed', 'true');
  }
});
