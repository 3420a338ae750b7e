import { rankVotes } from '../../shared/facilitation/voting-results';
import { invokeHost } from './support/host-api';
import { LAPTOP } from './support/laptop';
import {
  expect,
  joinAs,
  newPhone,
  NOTES,
  openFacilitatorMap,
  openTheRoom,
  PEOPLE,
  phoneView,
  readQrCode,
  seedRoomWorkshop,
  seriousViolations,
  test,
  type Phone,
} from './support/room';

/**
 * The room takes part from its own phones: the facilitator opens the room, twelve phones (each
 * its own browser context at 360×640) join through the address in the QR code the screen draws,
 * send ideas that the facilitator puts on the map, parks and merges, and vote at the same time in
 * a secret session. The room is bound to 127.0.0.2, a loopback address standing in for the Wi-Fi
 * one: no traffic leaves the machine.
 */
test.describe.configure({ timeout: 240_000 });

/**
 * Each phone's three dots, as indexes into NOTES: everyone on the first note, then spread so every
 * note ends with a different total (12, 8, 6, 5, 3, 2) and the ranking has one right order; two
 * phones stack two dots on one note.
 */
function plannedDots(index: number): number[] {
  const second = index < 8 ? 1 : 2;
  const third = index < 5 ? 3 : index < 8 ? 4 : index < 10 ? 2 : 5;
  return [0, second, third];
}

async function castDot(phone: Phone, label: string): Promise<void> {
  await phone.page.getByRole('button', { name: `Put a dot on ${label}`, exact: true }).click();
}

test('twelve phones join by the QR code, send ideas and vote in secret; every dot counts once and closing the room locks them out', async ({
  page,
  roomHost,
  browser,
}) => {
  await page.setViewportSize(LAPTOP);
  const seeded = await seedRoomWorkshop(roomHost);
  await openFacilitatorMap(page, roomHost, seeded);
  const joinUrl = await openTheRoom(page);

  const phones = await Promise.all(PEOPLE.map((name) => newPhone(browser, name)));
  try {
    for (const phone of phones) await joinAs(phone, joinUrl);
    await expect(page.getByRole('list', { name: 'Devices in the room' }).getByRole('listitem')).toHaveCount(PEOPLE.length);
    await expect(page.getByRole('heading', { name: `In the room: ${PEOPLE.length} connected` })).toBeVisible();

    // Ideas: every phone sends one at the same time; they wait in the facilitator's inbox.
    await Promise.all(
      phones.map(async (phone, index) => {
        await phone.page.getByRole('tab', { name: 'Ideas' }).click();
        await phone.page.getByLabel('Your note').fill(`Idea ${index + 1} from ${phone.name}`);
        await phone.page.getByRole('button', { name: index % 2 ? 'Problem' : 'Question' }).click();
        await phone.page.getByRole('button', { name: 'Send' }).click();
        await expect(phone.page.locator('.room-idea[data-pending]')).toHaveCount(0);
        await expect(phone.page.locator('.room-idea').filter({ hasText: `Idea ${index + 1} from` })).toContainText('Sent');
      }),
    );
    await page.getByRole('tab', { name: /From the room/ }).click();
    const inbox = page.getByRole('list', { name: 'New ideas from the room' }).getByTestId('room-idea');
    await expect(inbox).toHaveCount(PEOPLE.length);
    await inbox.filter({ hasText: 'Idea 1 from Ana Silva' }).getByRole('button', { name: 'On the map' }).click();
    await expect(page.getByRole('list', { name: 'Map contents' })).toContainText('Idea 1 from Ana Silva');
    await inbox.filter({ hasText: 'Idea 2 from Ben Okafor' }).getByRole('button', { name: 'Park' }).click();
    await inbox.filter({ hasText: 'Idea 3 from' }).getByRole('checkbox').check();
    await inbox.filter({ hasText: 'Idea 4 from' }).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Merge 2 ideas into one' }).click();
    await expect(inbox).toHaveCount(PEOPLE.length - 3);
    await expect(phones[0]!.page.locator('.room-idea').filter({ hasText: 'Idea 1 from' })).toContainText('On the map');

    // A secret vote on the six notes; the phones vote at once, and one of them drops off the network mid-vote.
    const session = await invokeHost(roomHost, 'voting.create', {
      workshopId: seeded.workshopId,
      mapId: seeded.mapId,
      setup: {
        title: 'Biggest problems',
        targetKinds: ['sticky-note'],
        votesPerParticipant: 3,
        maxVotesPerItem: 2,
        visibility: 'secret',
        mode: 'open-clicking',
      },
    });
    const labelOf = (index: number) => NOTES[index]!.text;
    await Promise.all(
      phones.map(async (phone, index) => {
        await phone.page.getByRole('tab', { name: 'Vote' }).click();
        const [first, ...rest] = plannedDots(index);
        await castDot(phone, labelOf(first!));
        if (index === 0) {
          await phone.context.setOffline(true);
          await castDot(phone, labelOf(rest[0]!));
          await expect(phone.page.getByText(/waiting to reach the laptop/)).toBeVisible();
          await phone.context.setOffline(false);
          await castDot(phone, labelOf(rest[1]!));
        } else {
          for (const dot of rest) await castDot(phone, labelOf(dot));
        }
        await expect(phone.page.getByTestId('dots-left')).toHaveText('0 dots left');
        await phone.page.getByRole('button', { name: 'I’m done' }).click();
        await expect(phone.page.getByText(/^You are done\./)).toBeVisible();
      }),
    );
    await page.getByRole('tab', { name: 'Vote', exact: true }).click();
    await expect(page.getByTestId('vote-tab-room-progress')).toHaveText(`From phones: ${PEOPLE.length} voted · ${PEOPLE.length} done`);
    await page.getByRole('tab', { name: /^Room/ }).click();
    await expect(page.getByTestId('room-vote-progress')).toHaveText(new RegExp(`^${PEOPLE.length} voted · ${PEOPLE.length} done`));

    // Every dot counted exactly once, under the right person, on the right note.
    const detail = await invokeHost(roomHost, 'voting.get', { sessionId: session.id });
    const expected = PEOPLE.flatMap((name, index) => plannedDots(index).map((dot) => `${seeded.participantIds.get(name)}→${NOTES[dot]!.id}`)).sort();
    expect(detail.votes.map((vote) => `${vote.participantId}→${vote.nodeId}`).sort()).toEqual(expected);

    // Before the reveal, a phone hears only its own dots: no totals, no one else's.
    for (const [index, phone] of phones.entries()) {
      const view = (await phoneView(phone.page)) as { ok: true; value: { vote: { ranking: unknown; myDots: Record<string, number> } } };
      expect(view.value.vote.ranking).toBeNull();
      const mine: Record<string, number> = {};
      for (const dot of plannedDots(index)) mine[NOTES[dot]!.id] = (mine[NOTES[dot]!.id] ?? 0) + 1;
      expect(view.value.vote.myDots).toEqual(mine);
      await expect(phone.page.getByText(/in all/)).toHaveCount(0);
    }

    // The reveal: every phone shows the ranking the store's votes give.
    await invokeHost(roomHost, 'voting.setStatus', { sessionId: session.id, status: 'revealed' });
    const ranking = rankVotes(detail.votes).map((row) => `${NOTES.find((note) => note.id === row.nodeId)!.text} ${row.total}`);
    for (const phone of phones) {
      const rows = phone.page.getByRole('list', { name: 'Ranking' }).getByTestId('ranking-row');
      await expect(rows).toHaveCount(ranking.length);
      const shown = await rows.evaluateAll((items) =>
        items.map(
          (item) => `${item.querySelector('.vote-label')?.firstChild?.textContent ?? ''} ${item.querySelector('.vote-total')?.textContent ?? ''}`,
        ),
      );
      expect(shown).toEqual(ranking);
    }

    // Closing the room locks every phone out, also once a new room is open.
    await page.getByRole('button', { name: 'Close the room…' }).click();
    await page.getByRole('button', { name: 'Close the room', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Open the room' })).toBeVisible();
    await openTheRoom(page);
    for (const phone of phones) {
      expect((await phoneView(phone.page)).ok).toBe(false);
      await expect(phone.page.getByRole('heading', { name: 'Join the workshop' })).toBeVisible();
    }
  } finally {
    await Promise.all(phones.map((phone) => phone.context.close()));
  }
});

test('the participant page passes axe at a phone’s size and needs nothing the room’s CSP refuses: joining, ideas, the vote and the map', async ({
  page,
  roomHost,
  browser,
}) => {
  await page.setViewportSize(LAPTOP);
  const seeded = await seedRoomWorkshop(roomHost);
  await openFacilitatorMap(page, roomHost, seeded);
  const joinUrl = await openTheRoom(page);
  const phone = await newPhone(browser, PEOPLE[0]);
  // The room server's strict Content-Security-Policy refuses inline scripts and styles: the page must need none.
  const refused: string[] = [];
  phone.page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) refused.push(message.text());
  });
  try {
    await phone.page.goto(joinUrl.replace(/#.*$/, ''));
    await expect(phone.page.getByRole('heading', { name: 'Join the workshop' })).toBeVisible();
    expect(await seriousViolations(phone.page), 'the code form').toEqual([]);
    await phone.page.goto(joinUrl);
    await expect(phone.page.getByRole('heading', { name: 'Who are you?' })).toBeVisible();
    expect(await seriousViolations(phone.page), 'the name list').toEqual([]);
    await phone.page.getByRole('button', { name: 'I’m not on the list' }).click();
    expect(await seriousViolations(phone.page), 'adding oneself').toEqual([]);
    await phone.page.getByRole('list', { name: 'People in this workshop' }).getByRole('button', { name: PEOPLE[0] }).click();
    await phone.page.getByRole('tab', { name: 'Ideas' }).click();
    expect(await seriousViolations(phone.page), 'the ideas screen').toEqual([]);
    await invokeHost(roomHost, 'voting.create', {
      workshopId: seeded.workshopId,
      mapId: seeded.mapId,
      setup: {
        title: 'Biggest problems',
        targetKinds: ['sticky-note'],
        votesPerParticipant: 3,
        maxVotesPerItem: 2,
        visibility: 'secret',
        mode: 'open-clicking',
      },
    });
    await expect(phone.page.getByRole('tab', { name: 'Vote' })).toHaveAttribute('aria-selected', 'true');
    expect(await seriousViolations(phone.page), 'the vote').toEqual([]);
    await phone.page.getByRole('tab', { name: 'Map' }).click();
    await expect(phone.page.getByTestId('participant-map')).toBeVisible();
    expect(await seriousViolations(phone.page), 'the map').toEqual([]);
    await phone.page.getByRole('tab', { name: 'Agenda' }).click();
    expect(await seriousViolations(phone.page), 'the agenda').toEqual([]);
    expect(refused).toEqual([]);
  } finally {
    await phone.context.close();
  }
});

test('the projector shows the join screen, and during silent brainstorming only how many ideas came in until they are shown; a removed device is locked out', async ({
  page,
  roomHost,
  browser,
}) => {
  await page.setViewportSize(LAPTOP);
  const seeded = await seedRoomWorkshop(roomHost);
  await openFacilitatorMap(page, roomHost, seeded);
  const joinUrl = await openTheRoom(page, 'Silent: hidden until shown');
  const [projector] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Projector view' }).click()]);
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await page.getByLabel('Show the join screen on the projector').check();
  await expect(projector.getByTestId('projector-join-code')).toHaveText(await page.getByTestId('room-code').innerText());
  expect(await readQrCode(projector.getByRole('img', { name: /^QR code for / }))).toBe(joinUrl);
  await page.getByLabel('Show the join screen on the projector').uncheck();
  await expect(projector.getByTestId('projector-join-code')).toHaveCount(0);

  const phone = await newPhone(browser, PEOPLE[2]);
  try {
    await joinAs(phone, joinUrl);
    await expect(phone.page.getByText(/Silent brainstorming/)).toBeVisible();
    await phone.page.getByLabel('Your note').fill('Nobody owns the changeover checklist');
    await phone.page.getByRole('button', { name: 'Send' }).click();
    await expect(projector.getByTestId('projector-hidden-ideas')).toHaveText(/^1 idea in, hidden/);
    await expect(projector.getByText('Nobody owns the changeover checklist')).toHaveCount(0);
    await page.getByRole('tab', { name: /From the room/ }).click();
    await page.getByRole('button', { name: 'Show the ideas to the room' }).click();
    await expect(projector.getByText('Nobody owns the changeover checklist')).toBeVisible();
    await expect(projector.getByTestId('projector-hidden-ideas')).toHaveCount(0);

    // Removing a device: its link stops working at once, and the phone says so.
    await page.getByRole('tab', { name: /^Room/ }).click();
    await page.getByRole('button', { name: `Remove ${PEOPLE[2]} from the room` }).click();
    await expect(phone.page.getByText(/removed this device/)).toBeVisible();
    await expect(phone.page.getByRole('heading', { name: 'Join the workshop' })).toBeVisible();
    expect((await phoneView(phone.page)).ok).toBe(false);
    await expect(page.getByRole('list', { name: 'Devices in the room' })).toHaveCount(0);
  } finally {
    await phone.context.close();
  }
});
