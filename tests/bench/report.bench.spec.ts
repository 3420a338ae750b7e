import fs from 'node:fs';
import path from 'node:path';
import { test } from '../e2e/support/fixtures';
import { makeDataDir, startHostProcess, type RunningHost } from '../e2e/support/browser-host-process';
import { invokeHost } from '../e2e/support/host-api';
import { pdfPages } from '../e2e/support/pdf-text';
import { seedWall } from './support/seed-wall';

/**
 * Making the PDF report of a big workshop through the browser host (the report page drawn and
 * printed by headless Debian Chromium, as Export ▾ does): two maps of 500 nodes (a current state
 * of 50 process boxes and 450 notes, and a future state derived from it), three dot votes and
 * twenty actions. Prints the time, the pages and the file's size; asserts nothing about time.
 * The first report after the host starts also starts Chromium; the host keeps its window for the
 * next one, so the first and the later ones are printed apart. For reference, the same for a
 * workshop with one empty map: what any report costs whatever is on its maps.
 *
 * With BENCH_BEFORE_BUILD set to another build's folder (the build before a change, made in a
 * copy of the old commit), the same workshops are printed by that build's host too, run by run
 * in turn with this one's, so a change is measured against the same load on the machine.
 */
const RUNS = 3;

type Printed = { times: number[]; pdf: Buffer };
type Build = { name: string; host: RunningHost; big: string; reference: string; printed: { big: Printed; reference: Printed } };

async function printOnce(host: RunningHost, workshopId: string, into: Printed): Promise<void> {
  const started = performance.now();
  const printed = await invokeHost(host, 'report.print', { workshopId, paper: 'a4' });
  into.times.push(performance.now() - started);
  if (printed.savedBy !== 'page') throw new Error('The browser host saved the report itself');
  into.pdf = Buffer.from(printed.pdfBase64, 'base64');
}

const seconds = (time: number) => (time / 1000).toFixed(1);

function summary({ times, pdf }: Printed, file: string): string {
  const [first, ...later] = times;
  const sorted = [...later].sort((a, b) => a - b);
  return (
    `first ${seconds(first!)} s, then median ${seconds(sorted[Math.floor(sorted.length / 2)]!)} s (runs ${times.map(seconds).join(', ')} s), ` +
    `${pdfPages(file).length} pages, ${(pdf.length / (1024 * 1024)).toFixed(2)} MB`
  );
}

async function seedBigWorkshop(host: RunningHost): Promise<string> {
  const overview = await invokeHost(host, 'workshop.create', { title: 'Report benchmark', date: '2026-11-25', facilitator: 'Dana' });
  const workshopId = overview.workshop.id;
  const currentId = overview.maps[0]!.id;
  await invokeHost(host, 'map.applyChanges', { mapId: currentId, changes: seedWall({ notes: 450, processes: 50, connectors: 100 }).changes });
  const future = await invokeHost(host, 'map.deriveFutureState', { sourceMapId: currentId, name: 'Future state' });
  const people = await invokeHost(host, 'participant.add', {
    workshopId,
    people: Array.from({ length: 8 }, (_, index) => ({ name: `Person ${index + 1}` })),
  });
  for (let vote = 0; vote < 3; vote += 1) {
    const session = await invokeHost(host, 'voting.create', {
      workshopId,
      mapId: currentId,
      setup: {
        title: `Vote ${vote + 1}`,
        targetKinds: ['sticky-note', 'process'],
        votesPerParticipant: 3,
        maxVotesPerItem: 3,
        visibility: 'open',
        mode: 'open-clicking',
      },
    });
    for (const [index, person] of people.entries()) {
      for (let dot = 0; dot < 3; dot += 1) {
        await invokeHost(host, 'voting.cast', {
          sessionId: session.id,
          participantId: person.id,
          nodeId: `note-${(vote * 31 + index * 7 + dot * 3) % 450}`,
          writeId: crypto.randomUUID(),
        });
      }
    }
    await invokeHost(host, 'voting.setStatus', { sessionId: session.id, status: 'revealed' });
  }
  for (let index = 0; index < 20; index += 1) {
    await invokeHost(host, 'action.create', {
      mapId: future.id,
      what: `Action ${index + 1}: remove a wait from the flow`,
      owner: `Person ${(index % 8) + 1}`,
      dueDate: '2027-03-31',
    });
  }
  return workshopId;
}

async function prepare(name: string, host: RunningHost): Promise<Build> {
  const big = await seedBigWorkshop(host);
  const reference = await invokeHost(host, 'workshop.create', { title: 'Reference', date: '2026-11-25', facilitator: 'Dana' });
  const empty = () => ({ times: [], pdf: Buffer.alloc(0) });
  return { name, host, big, reference: reference.workshop.id, printed: { big: empty(), reference: empty() } };
}

/** The other build's host, when one is asked for, on a data folder of its own. */
async function startBeforeHost(): Promise<{ host: RunningHost; dataDir: string } | null> {
  const build = process.env.BENCH_BEFORE_BUILD;
  if (!build) return null;
  const dataDir = makeDataDir();
  return { host: await startHostProcess(dataDir, { entry: path.resolve(build, 'main/browser-host.js') }), dataDir };
}

test('the PDF report of a workshop with two 500-node maps, three votes and twenty actions', async ({ app }, testInfo) => {
  const before = await startBeforeHost();
  try {
    const builds = before ? [await prepare('before', before.host), await prepare('after', app.host)] : [await prepare('this build', app.host)];
    for (const kind of ['big', 'reference'] as const) {
      for (let run = 0; run < RUNS; run += 1) {
        for (const build of builds) await printOnce(build.host, build[kind], build.printed[kind]);
      }
    }
    for (const build of builds) {
      const file = testInfo.outputPath(`${build.name}-report.pdf`);
      fs.writeFileSync(file, build.printed.big.pdf);
      const referenceFile = testInfo.outputPath(`${build.name}-reference.pdf`);
      fs.writeFileSync(referenceFile, build.printed.reference.pdf);
      console.log(`${build.name}: report of 2 × 500 nodes, 3 votes, 20 actions (A4): ${summary(build.printed.big, file)}`);
      console.log(`${build.name}: report of one empty map (A4, for reference): ${summary(build.printed.reference, referenceFile)}`);
    }
  } finally {
    await before?.host.stop();
    if (before) fs.rmSync(before.dataDir, { recursive: true, force: true });
  }
});
