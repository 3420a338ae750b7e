import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRoomWorld, phone, ROOM_ADDRESS, type RoomWorld } from '../../support/room-world';

/** The phones' refusals in the language the phone's page names in Accept-Language; English when it names none the app speaks. */
let world: RoomWorld;

beforeEach(async () => {
  world = await openRoomWorld();
});

afterEach(async () => {
  await world.close();
});

const origin = () => `http://${ROOM_ADDRESS}:${world.room.port}`;

async function refusal(channel: string, body: unknown, acceptLanguage?: string, token?: string | null) {
  const device = phone(origin());
  device.useToken(token ?? null);
  const { text } = await device.raw(channel, JSON.stringify(body), acceptLanguage ? { 'accept-language': acceptLanguage } : {});
  const answer = JSON.parse(text) as { ok: boolean; error?: { code: string; message: string } };
  if (answer.ok || !answer.error) throw new Error(`${channel} was not refused`);
  return answer.error;
}

describe('the room answers a phone in its language', () => {
  it('a wrong room code: in German for a German phone, French for a French one, English by default', async () => {
    const wrong = world.room.code === 'AAAAAA' ? 'CCCCCC' : 'AAAAAA';
    expect(await refusal('join', { code: wrong }, 'de-DE,de;q=0.9,en;q=0.8')).toEqual({
      code: 'wrong-code',
      message: 'Das ist nicht der Code des Raums. Prüfen Sie den Code auf dem Beamer.',
    });
    expect(await refusal('join', { code: wrong }, 'fr-CH, fr;q=0.9')).toMatchObject({
      code: 'wrong-code',
      message: expect.stringMatching(/^Ce n’est pas le code/),
    });
    expect(await refusal('join', { code: wrong })).toEqual({
      code: 'wrong-code',
      message: 'That is not the room code. Check the code on the projector.',
    });
    expect(await refusal('join', { code: wrong }, 'it-IT, es;q=0.5')).toMatchObject({ message: expect.stringMatching(/^Ese no es el código/) });
  });

  it('a phone not in the room and a request that is not valid, in German', async () => {
    expect(await refusal('state', {}, 'de')).toMatchObject({
      code: 'unauthorized',
      message: expect.stringMatching(/^Dieses Handy ist nicht im Raum/),
    });
    const invalid = await refusal('join', { code: 12 }, 'de');
    expect(invalid.code).toBe('invalid-input');
    expect(invalid.message).toMatch(/^Ungültige Anfrage join: code /);
  });

  it('a dot on a closed vote and a name to pick first, in the phone’s language', async () => {
    const device = phone(origin());
    const joined = await device.ok('join', { code: world.room.code });
    device.useToken(joined.token);
    expect(await refusal('castDot', { writeId: 'write-0001', sessionId: world.session.id, nodeId: 'n1' }, 'de', joined.token)).toEqual({
      code: 'not-identified',
      message: 'Wählen Sie zuerst Ihren Namen.',
    });
    await device.ok('identify', { as: { participantId: world.people[0]!.id } });
    await world.api.ok('voting.setStatus', { sessionId: world.session.id, status: 'closed' });
    expect(await refusal('castDot', { writeId: 'write-0002', sessionId: world.session.id, nodeId: 'n1' }, 'es', joined.token)).toEqual({
      code: 'vote-refused',
      message: 'La votación «Biggest problems» está cerrada.',
    });
  });
});
