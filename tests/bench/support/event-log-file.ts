import fs from 'node:fs';
import { generateLog } from '../../shared/event-log/synthetic-log';

/**
 * A big CSV event log for the import benchmarks: the seeded synthetic service-desk log (see
 * tests/shared/event-log/synthetic-log.ts) with a resource and a free-text column, about 100
 * bytes an event as ticket exports run. Written in pieces so the test process stays small.
 */
const RESOURCES = ['Ana', 'Ben', 'Chidi', 'Dana', 'Eli', 'Farah', 'Goran', 'Hana'];

export function writeEventLogCsv(file: string, events: number): { events: number; bytes: number } {
  const cases = Math.ceil(events / 10.5);
  const log = generateLog(cases, 2026);
  const out = fs.openSync(file, 'w');
  fs.writeSync(out, 'Case ID,Activity,Timestamp,Lifecycle,Resource,Channel\n');
  let written = 0;
  let buffer = '';
  for (const [index, event] of log.events.entries()) {
    if (written >= events) break;
    buffer += `${event.caseId}-2026,${event.activity},${new Date(event.time).toISOString()},${event.lifecycle},${RESOURCES[index % RESOURCES.length]},"web form, priority ${index % 4}, queue Service Desk EMEA"\n`;
    written += 1;
    if (buffer.length > 1 << 20) {
      fs.writeSync(out, buffer);
      buffer = '';
    }
  }
  fs.writeSync(out, buffer);
  fs.closeSync(out);
  return { events: written, bytes: fs.statSync(file).size };
}
