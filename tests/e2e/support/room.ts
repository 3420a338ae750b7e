import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { createNode } from '../../../shared/model/node-factory';
import { makeDataDir, startHostProcess, type RunningHost } from './browser-host-process';
import { invokeHost } from './host-api';

/** The loopback address the room listens on in tests, standing in for the Wi-Fi one: no test traffic leaves the machine. */
export const ROOM_ADDRESS = '127.0.0.2';

/** A browser host whose only network, for the room, is ROOM_ADDRESS. */
export const test = base.extend<{ roomHost: RunningHost }>({
  roomHost: async ({}, use) => {
    const dataDir = makeDataDir();
    const host = await startHostProcess(dataDir, { env: { VSW_TEST_ROOM_ADDRESS: ROOM_ADDRESS } });
    await use(host);
    await host.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

/** A phone in the room: its own browser context (its own storage, its own network switch) at a phone's size. */
export type Phone = { name: string; context: BrowserContext; page: Page };

export const PHONE = { width: 360, height: 640 };

export const PEOPLE = [
  'Ana Silva',
  'Ben Okafor',
  'Cy Ng',
  'Dee Park',
  'Eli Haddad',
  'Fay Moreau',
  'Gus Lind',
  'Hana Sato',
  'Ivo Petrov',
  'Jo Brennan',
  'Kai Weber',
  'Lu Chen',
] as const;

export const NOTES = [
  { id: 'note-changeover', text: 'Long changeover at the press' },
  { id: 'note-rework', text: 'Rework after welding' },
  { id: 'note-batch', text: 'Big batches before assembly' },
  { id: 'note-schedule', text: 'Weekly schedule changes' },
  { id: 'note-walk', text: 'Walking to fetch parts' },
  { id: 'note-wait', text: 'Waiting for quality sign-off' },
] as const;

export type SeededWorkshop = { workshopId: string; mapId: string; participantIds: Map<string, string> };

/** A workshop with the twelve people, an activity under way with its timer running, and a map of six sticky notes. */
export async function seedRoomWorkshop(host: RunningHost, title = 'Acme stamping'): Promise<SeededWorkshop> {
  const { workshop, maps } = await invokeHost(host, 'workshop.create', { title, date: '2026-12-05', facilitator: 'Dana Lee' });
  const mapId = maps[0]!.id;
  const people = await invokeHost(host, 'participant.add', { workshopId: workshop.id, people: PEOPLE.map((name) => ({ name })) });
  const agenda = await invokeHost(host, 'agenda.add', {
    workshopId: workshop.id,
    items: [
      { title: 'Walk the floor', plannedMinutes: 30, notes: '' },
      { title: 'Problems on the map', plannedMinutes: 15, notes: '' },
      { title: 'Vote the biggest problems', plannedMinutes: 10, notes: '' },
    ],
  });
  await invokeHost(host, 'agenda.makeCurrent', { workshopId: workshop.id, itemId: agenda[1]!.id, startTimer: true });
  await invokeHost(host, 'map.applyChanges', {
    mapId,
    changes: NOTES.map((note, index) => ({
      op: 'putNode' as const,
      node: createNode({
        id: note.id,
        kind: 'sticky-note',
        text: note.text,
        at: { x: 200 + (index % 3) * 220, y: 200 + Math.floor(index / 3) * 200 },
        z: index + 1,
      }),
    })),
  });
  return { workshopId: workshop.id, mapId, participantIds: new Map(people.map((person) => [person.name, person.id])) };
}

/** Opens the facilitator's map screen the way a returning facilitator does: the app's address, then the map's. */
export async function openFacilitatorMap(page: Page, host: RunningHost, { workshopId, mapId }: SeededWorkshop): Promise<void> {
  await page.goto(host.url);
  await expect(page.getByRole('list', { name: 'Workshops' })).toBeVisible();
  await page.goto(`${host.origin}/#/workshops/${workshopId}/maps/${mapId}`);
  await expect(page.getByTestId('map-canvas')).toBeVisible();
}

/** Reads the QR code the page draws, as a phone's camera would: from its pixels, with a QR reader. */
export async function readQrCode(qr: Locator): Promise<string> {
  const png = PNG.sync.read(await qr.screenshot());
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!found) throw new Error('No QR code could be read from the screen');
  return found.data;
}

export async function newPhone(browser: Browser, name: string): Promise<Phone> {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  return { name, context, page: await context.newPage() };
}

/** Scans the code (opens its address) and picks the person's name. */
export async function joinAs(phone: Phone, joinUrl: string): Promise<void> {
  await phone.page.goto(joinUrl);
  await phone.page.getByRole('list', { name: 'People in this workshop' }).getByRole('button', { name: phone.name, exact: true }).click();
  await expect(phone.page.getByRole('tablist', { name: 'Screens' })).toBeVisible();
}

/** What the laptop tells this phone right now, asked with the phone's own token, as the page itself would. */
export async function phoneView(page: Page): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> {
  return page.evaluate(async () => {
    const token = localStorage.getItem('vsw-room-token') ?? '';
    try {
      const response = await fetch('/api/state', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: '{}',
      });
      return (await response.json()) as { ok: boolean };
    } catch {
      return { ok: false, error: { code: 'unreachable' } };
    }
  });
}

/** Every serious or critical axe-core violation on the page, named with its elements. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
}

/** Opens the room from the facilitator's Room tab and returns the address its QR code holds. */
export async function openTheRoom(page: Page, ideas = 'Shown as they come'): Promise<string> {
  await page.getByRole('tab', { name: /^Room/ }).click();
  await page.getByLabel('Ideas from phones').selectOption({ label: ideas });
  await page.getByRole('button', { name: 'Open the room' }).click();
  await expect(page.getByTestId('room-code')).toHaveText(/^[A-Z0-9]{6}$/);
  const joinUrl = await readQrCode(page.getByRole('img', { name: /^QR code for / }));
  expect(new URL(joinUrl).hostname).toBe(ROOM_ADDRESS);
  return joinUrl;
}
