import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { MAX_ROOM_DEVICES } from '../../shared/room/room-limits';
import { listen, openRoomWorld, phone, ROOM_ADDRESS, type Phone, type RoomWorld } from '../support/room-world';

/**
 * A full room voting from its phones: 100 devices, each on its own loopback address with its live
 * socket open, cast 5 dots each at random moments within 10 seconds. Prints, for every dot, the
 * time from the phone sending it to the facilitator's change feed announcing it (what the
 * facilitator's panels react to) and to the phone's own live view showing it; whether every dot
 * was stored exactly once; and the CPU time the process spent (the room server and the 100
 * simulated phones share this process, so the server's own share is less).
 */
const DEVICES = MAX_ROOM_DEVICES;
const DOTS_EACH = 5;
const WINDOW_MS = 10_000;

let world: RoomWorld;
const lines: string[] = [];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
}

function describeTimes(name: string, times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `  ${name.padEnd(44)} p50 ${percentile(sorted, 0.5).toFixed(1).padStart(6)} ms   p95 ${percentile(sorted, 0.95).toFixed(1).padStart(6)} ms   max ${sorted.at(-1)?.toFixed(1).padStart(6)} ms   (${sorted.length})`;
}

beforeAll(async () => {
  world = await openRoomWorld({
    people: Array.from({ length: DEVICES }, (_, index) => `Person ${index + 1}`),
    notes: Array.from({ length: 12 }, (_, index) => `note-${index + 1}`),
    votesPerParticipant: DOTS_EACH,
    maxVotesPerItem: DOTS_EACH,
  });
}, 120_000);

afterAll(async () => {
  await world.close();
  console.log([`\nA room of ${DEVICES} phones casting ${DOTS_EACH} dots each within ${WINDOW_MS / 1000} s:`, ...lines].join('\n'));
}, 60_000);

describe('the room', () => {
  bench(
    `${DEVICES} phones × ${DOTS_EACH} dots`,
    async () => {
      // A fresh opening each run: a new code, no devices yet, no dots.
      const room = await world.api.ok('room.open', { workshopId: world.workshopId, address: ROOM_ADDRESS });
      const session = await world.api.ok('voting.create', {
        workshopId: world.workshopId,
        mapId: world.mapId,
        setup: { ...world.session, title: 'Bench' },
      });
      if (!room.open) throw new Error('the room did not open');
      const origin = `http://${ROOM_ADDRESS}:${room.port}`;
      const phones: Phone[] = [];
      const sockets: Awaited<ReturnType<typeof listen>>[] = [];
      for (let index = 0; index < DEVICES; index++) {
        const address = `127.0.${10 + Math.floor(index / 200)}.${(index % 200) + 1}`;
        const device = phone(origin, address);
        await device.join(room.code, world.people[index]!.id);
        phones.push(device);
        sockets.push(await listen(origin, device.token()!, address));
      }

      // The feed's listener reads which writes were committed since it last looked: the moment the
      // facilitator's windows hear of a dot, matched to the moment its phone sent it.
      const reader = new Database(path.join(world.dataDir, 'data', 'workshops.sqlite'), { readonly: true });
      const newWrites = reader.prepare<[number], { rowid: number; write_id: string }>(
        "SELECT rowid, write_id FROM room_writes WHERE rowid > ? AND channel = 'castDot' ORDER BY rowid",
      );
      let lastRowid = reader.prepare<[], { last: number | null }>('SELECT max(rowid) AS last FROM room_writes').get()?.last ?? 0;
      const sentAt = new Map<string, number>();
      const toFeed: number[] = [];
      const stop = world.services.feed.subscribe((event) => {
        if (event.type !== 'room' || event.topic !== 'votes') return;
        const now = performance.now();
        for (const row of newWrites.all(lastRowid)) {
          lastRowid = row.rowid;
          const sent = sentAt.get(row.write_id);
          if (sent !== undefined) toFeed.push(now - sent);
        }
      });

      const toOwnView: number[] = [];
      const refused: string[] = [];
      const cpuBefore = process.cpuUsage();
      const wallStart = performance.now();
      await Promise.all(
        phones.map(async (device, index) => {
          const live = sockets[index]!;
          const times = Array.from({ length: DOTS_EACH }, () => Math.random() * WINDOW_MS).sort((a, b) => a - b);
          const pending: number[] = [];
          let shown = 0;
          live.socket.on('message', (data: Buffer) => {
            const push = JSON.parse(data.toString()) as { type: string; view?: { vote?: { myDots: Record<string, number> } } };
            const total = Object.values(push.view?.vote?.myDots ?? {}).reduce((sum, count) => sum + count, 0);
            for (; shown < total && shown < pending.length; shown++) toOwnView.push(performance.now() - pending[shown]!);
          });
          for (const [dot, at] of times.entries()) {
            const wait = wallStart + at - performance.now();
            if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
            const writeId = `bench-${index}-${dot}`;
            const nodeId = `note-${1 + ((index + dot * 7) % 12)}`;
            sentAt.set(writeId, performance.now());
            pending.push(performance.now());
            const result = await device.call('castDot', { writeId, sessionId: session.id, nodeId });
            if (!result.ok) refused.push(`${result.error.code}: ${result.error.message}`);
          }
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      const wallMs = performance.now() - wallStart;
      const cpu = process.cpuUsage(cpuBefore);
      stop();
      reader.close();

      const { votes } = await world.api.ok('voting.get', { sessionId: session.id });
      const progress = await world.api.ok('room.voteProgress', { sessionId: session.id });
      lines.push(
        describeTimes('cast → facilitator feed announces it', toFeed),
        describeTimes('cast → the phone’s own live view shows it', toOwnView),
        `  dots stored ${votes.length} of ${DEVICES * DOTS_EACH}; refused ${refused.length}${refused.length ? ` (${[...new Set(refused)].slice(0, 3).join('; ')})` : ''}; voters counted ${progress.votedCount}; devices connected ${progress.connectedDevices}`,
        `  CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms over ${wallMs.toFixed(0)} ms wall (${((100 * (cpu.user + cpu.system)) / 1000 / wallMs).toFixed(0)}% of one core; server and simulated phones together)`,
      );
      for (const live of sockets) live.socket.close();
    },
    { iterations: 1, warmupIterations: 0, time: 0 },
  );
});
