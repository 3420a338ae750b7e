import fs from 'node:fs';
import { test } from '../e2e/support/fixtures';
import type { RunningHost } from '../e2e/support/browser-host-process';
import { invokeHost } from '../e2e/support/host-api';
import { pdfPages } from '../e2e/support/pdf-text';
import { seedWall } from './support/seed-wall';

/**
 * Making the PDF report of a big workshop through the browser host (the report page drawn and
 * printed by headless Debian Chromium, as Export ▾ does): two maps of 500 nodes (a current state
 * of 50 process boxes and 450 notes, and a future state derived from it), three dot votes and
 * twenty actions. Prints the time, the pages and the file's size; asserts nothing about time.
 * For reference, the same for a workshop with one empty map: what any report costs (starting
 * Chromium, loading the app, printing) whatever is on its maps.
 */
const RUNS = 3;

type Printed = { times: number[]; pdf: Buffer };

async function printReport(host: RunningHost, workshopId: string): Promise<Printed> {
  const times: number[] = [];
  let pdf = Buffer.alloc(0);
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    const printed = await invokeHost(host, 'report.print', { workshopId, paper: 'a4' });
    times.push(performance.now() - started);
    if (printed.savedBy !== 'page') throw new Error('The browser host saved the report itself');
    pdf = Buffer.from(printed.pdfBase64, 'base64');
  }
  return { times, pdf };
}

function summary({ times, pdf }: Printed, file: string): string {
  const sorted = [...times].sort((a, b) => a - b);
  return (
    `median ${(sorted[Math.floor(RUNS / 2)]! / 1000).toFixed(1)} s (runs ${times.map((time) => (time / 1000).toFixed(1)).join(', ')} s), ` +
    `${pdfPages(file).length} pages, ${(pdf.length / (1024 * 1024)).toFixed(2)} MB`
  );
}

test('the PDF report of a workshop with two 500-node maps, three votes and twenty actions', async ({ app }, testInfo) => {
  const overview = await invokeHost(app.host, 'workshop.create', { title: 'Report benchmark', date: '2026-11-25', facilitator: 'Dana' });
  const workshopId = overview.workshop.id;
  const currentId = overview.maps[0]!.id;
  await invokeHost(app.host, 'map.applyChanges', { mapId: currentId, changes: seedWall({ notes: 450, processes: 50, connectors: 100 }).changes });
  const future = await invokeHost(app.host, 'map.deriveFutureState', { sourceMapId: currentId, name: 'Future state' });
  const people = await invokeHost(app.host, 'participant.add', {
    workshopId,
    people: Array.from({ length: 8 }, (_, index) => ({ name: `Person ${index + 1}` })),
  });
  for (let vote = 0; vote < 3; vote += 1) {
    const session = await invokeHost(app.host, 'voting.create', {
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
        await invokeHost(app.host, 'voting.cast', {
          sessionId: session.id,
          participantId: person.id,
          nodeId: `note-${(vote * 31 + index * 7 + dot * 3) % 450}`,
        });
      }
    }
    await invokeHost(app.host, 'voting.setStatus', { sessionId: session.id, status: 'revealed' });
  }
  for (let index = 0; index < 20; index += 1) {
    await invokeHost(app.host, 'action.create', {
      mapId: future.id,
      what: `Action ${index + 1}: remove a wait from the flow`,
      owner: `Person ${(index % 8) + 1}`,
      dueDate: '2027-03-31',
    });
  }

  const reference = await invokeHost(app.host, 'workshop.create', { title: 'Reference', date: '2026-11-25', facilitator: 'Dana' });
  const small = await printReport(app.host, reference.workshop.id);
  const smallFile = testInfo.outputPath('reference.pdf');
  fs.writeFileSync(smallFile, small.pdf);
  const big = await printReport(app.host, workshopId);
  const file = testInfo.outputPath('report.pdf');
  fs.writeFileSync(file, big.pdf);
  console.log(`Report of 2 × 500 nodes, 3 votes, 20 actions (A4): ${summary(big, file)}`);
  console.log(`Report of one empty map (A4, for reference): ${summary(small, smallFile)}`);
});
