import { startHostProcess } from './support/browser-host-process';
import { invokeHost } from './support/host-api';
import { LAPTOP } from './support/laptop';
import { expect, joinAs, newPhone, openFacilitatorMap, openTheRoom, ROOM_ADDRESS, seedRoomWorkshop, test } from './support/room';

/**
 * The laptop's app crashes (or is killed) while the room is open: started again, it opens that
 * room as it was, so the phones reconnect by themselves with the tokens they hold, and what a
 * phone wrote while the laptop was gone arrives once. A quit, by contrast, closes the room.
 */
test('after a crash mid-room the room opens again as it was: phones reconnect by themselves and what they wrote meanwhile arrives once', async ({
  page,
  roomHost,
  browser,
}) => {
  await page.setViewportSize(LAPTOP);
  const seeded = await seedRoomWorkshop(roomHost);
  await openFacilitatorMap(page, roomHost, seeded);
  const joinUrl = await openTheRoom(page);
  const code = (await page.getByTestId('room-code').textContent()) ?? '';

  const phone = await newPhone(browser, 'Ana Silva');
  let host = roomHost;
  try {
    await joinAs(phone, joinUrl);
    await phone.page.getByRole('tab', { name: 'Ideas' }).click();
    const send = async (text: string) => {
      await phone.page.getByLabel('Your note').fill(text);
      await phone.page.getByRole('button', { name: 'Send' }).click();
    };
    await send('Before the crash');
    await expect(phone.page.locator('.room-idea').filter({ hasText: 'Before the crash' })).toContainText('Sent');

    await roomHost.kill();
    await send('While the laptop was down');
    await expect(phone.page.locator('.room-idea[data-pending]')).toHaveCount(1);
    await expect(phone.page.getByText(/Reconnecting to the laptop/)).toBeVisible();

    host = await startHostProcess(roomHost.dataDir, { env: { VSW_TEST_ROOM_ADDRESS: ROOM_ADDRESS } });
    const status = await invokeHost(host, 'room.status', {});
    expect(status.open && { code: status.code, joinUrl: status.joinUrl }).toEqual({ code, joinUrl });

    await expect(phone.page.locator('.room-idea').filter({ hasText: 'While the laptop was down' })).toContainText('Sent', { timeout: 10_000 });
    await expect(phone.page.getByRole('tablist', { name: 'Screens' })).toBeVisible();
    const ideas = await invokeHost(host, 'room.ideas', { workshopId: seeded.workshopId });
    expect(ideas.map((idea) => idea.text).sort()).toEqual(['Before the crash', 'While the laptop was down']);

    // A quit closes the room: started again, it stays closed and the phone's token no longer works.
    await host.stop();
    host = await startHostProcess(roomHost.dataDir, { env: { VSW_TEST_ROOM_ADDRESS: ROOM_ADDRESS } });
    expect(await invokeHost(host, 'room.status', {})).toEqual({ open: false });
  } finally {
    await phone.context.close();
    if (host !== roomHost) await host.stop();
  }
});
