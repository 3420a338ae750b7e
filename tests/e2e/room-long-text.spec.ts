import { createNode } from '../../shared/model/node-factory';
import { invokeHost } from './support/host-api';
import { expect, newPhone, PHONE, ROOM_ADDRESS, test } from './support/room';

/** A pasted link or a word with no break: what people type into a workshop is not always prose. */
const UNBROKEN = `https://intranet.example.com/quality/${'x'.repeat(260)}`;
const LONG_NAME = 'Maximiliana'.repeat(7);

test('on a phone, a 300-character word in a note, a name or the title wraps: no sideways scroll, every dot button in reach', async ({
  roomHost,
  browser,
}) => {
  const { workshop, maps } = await invokeHost(roomHost, 'workshop.create', {
    title: `Line ${'W'.repeat(150)}`,
    date: '2026-12-05',
    facilitator: 'Dana Lee',
  });
  const mapId = maps[0]!.id;
  await invokeHost(roomHost, 'participant.add', { workshopId: workshop.id, people: [{ name: LONG_NAME }, { name: 'Ben Okafor' }] });
  await invokeHost(roomHost, 'map.applyChanges', {
    mapId,
    changes: ['Long changeover at the press', UNBROKEN].map((text, index) => ({
      op: 'putNode' as const,
      node: createNode({ id: `note-${index}`, kind: 'sticky-note', text, at: { x: 200 + index * 240, y: 200 }, z: index + 1 }),
    })),
  });
  const session = await invokeHost(roomHost, 'voting.create', {
    workshopId: workshop.id,
    mapId,
    setup: {
      title: 'Biggest problems',
      targetKinds: ['sticky-note'],
      votesPerParticipant: 3,
      maxVotesPerItem: 2,
      visibility: 'secret',
      mode: 'pass-the-laptop',
    },
  });
  await invokeHost(roomHost, 'voting.setStatus', { sessionId: session.id, status: 'open' });
  const room = await invokeHost(roomHost, 'room.open', { workshopId: workshop.id, address: ROOM_ADDRESS });
  if (!room.open) throw new Error('the room did not open');

  const phone = await newPhone(browser, LONG_NAME);
  try {
    const { page } = phone;
    const sideways = () => page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
    await page.goto(room.joinUrl);
    const me = page.getByRole('list', { name: 'People in this workshop' }).getByRole('button', { name: LONG_NAME, exact: true });
    await expect(me).toBeVisible();
    expect(await sideways(), 'the name list').toBeLessThanOrEqual(0);
    await me.click();
    await page.getByRole('tab', { name: 'Vote' }).click();
    const put = page.getByRole('button', { name: /^Put a dot on / });
    await expect(put).toHaveCount(2);
    expect(await sideways(), 'the vote').toBeLessThanOrEqual(0);
    for (const button of await put.all()) {
      const box = (await button.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }
    await put.last().click();
    await expect(page.getByTestId('dots-left')).toHaveText('2 dots left');
    await page.screenshot({ path: test.info().outputPath('phone-long-text.png') });
  } finally {
    await phone.context.close();
  }
});
