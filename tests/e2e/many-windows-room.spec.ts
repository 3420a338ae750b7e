import { LAPTOP } from './support/laptop';
import { expect, openFacilitatorMap, openTheRoom, seedRoomWorkshop, test } from './support/room';

/** Within the feed's second (the projector's poll), with room for a loaded machine; far below the reload a stale window would need. */
const HEARD = { timeout: 3_000 };

test('the projector’s join screen is one choice for every window: switched in one facilitator window, the other and the projector follow, also from another browser', async ({
  page,
  browser,
  roomHost,
}) => {
  await page.setViewportSize(LAPTOP);
  const seeded = await seedRoomWorkshop(roomHost);
  await openFacilitatorMap(page, roomHost, seeded);
  await openTheRoom(page);
  // A second facilitator window with storage of its own, as another browser or the desktop app beside a browser tab has.
  const elsewhere = await browser.newContext({ viewport: LAPTOP });
  try {
    const second = await elsewhere.newPage();
    await openFacilitatorMap(second, roomHost, seeded);
    await second.getByRole('tab', { name: /^Room/ }).click();
    const [projector] = await Promise.all([second.waitForEvent('popup'), second.getByRole('button', { name: 'Projector view' }).click()]);
    await projector.setViewportSize({ width: 1920, height: 1080 });
    const toggleHere = page.getByLabel('Show the join screen on the projector');
    const toggleThere = second.getByLabel('Show the join screen on the projector');
    await expect(toggleThere).not.toBeChecked();
    await expect(projector.getByTestId('projector-join-code')).toHaveCount(0);

    await toggleHere.check();
    await expect(toggleThere).toBeChecked(HEARD);
    await expect(projector.getByTestId('projector-join-code')).toHaveText(await page.getByTestId('room-code').innerText(), HEARD);

    await toggleThere.uncheck();
    await expect(toggleHere).not.toBeChecked(HEARD);
    await expect(projector.getByTestId('projector-join-code')).toHaveCount(0, HEARD);
  } finally {
    await elsewhere.close();
  }
});
