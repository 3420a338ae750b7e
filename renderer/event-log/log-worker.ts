import { csvRecordSink } from './csv-log';
import { streamCsvFile } from './csv-file-stream';
import { analyseLog, measureChoice, type LogAnalysis } from '../../shared/event-log/log-analysis';
import { defaultKeptActivities } from '../../shared/event-log/measure-steps';
import { createRowReader, type RowReader } from '../../shared/event-log/read-event-rows';
import { createXesReader } from './xes-reader';
import type { ReadRequest, ScreenOverview, WorkerReply, WorkerRequest } from './worker-messages';
import { localeFormat } from '../../shared/locale/locale-format';

/**
 * The Web Worker that reads an event log: CSV through papaparse's parser a slice at a time, XES
 * through a streaming XML parser, a few megabytes at a time, reporting progress as it goes.
 * It keeps the read log so that choosing other steps is measured again without reading the file
 * again. Cancelling terminates the worker; nothing it read outlives it.
 */
const CHUNK_BYTES = 4 * 1024 * 1024;
let analysis: LogAnalysis | null = null;

function reply(message: WorkerReply): void {
  self.postMessage(message);
}

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'measure') {
    if (analysis) reply({ type: 'measured', measured: measureChoice(analysis, request.kept) });
    return;
  }
  read(request).catch((error: unknown) => reply({ type: 'read-failed', problems: [error instanceof Error ? error.message : String(error)] }));
});

async function read(request: ReadRequest): Promise<void> {
  const reader = createRowReader({
    headers: request.headers,
    mapping: request.mapping,
    timestampFormat: request.timestampFormat,
    rowLabel: request.format === 'csv' ? 'row' : 'event',
    format: localeFormat(request.locale, request.language),
  });
  if (request.format === 'csv') await readCsv(request, reader);
  else await readXes(request, reader);
  const outcome = reader.finish();
  if (!outcome.ok) {
    reply({ type: 'read-failed', problems: outcome.problems });
    return;
  }
  analysis = analyseLog(outcome.table, {
    fileName: request.file.name,
    format: request.format,
    firstTime: outcome.firstTime,
    lastTime: outcome.lastTime,
  });
  reply({ type: 'overview', overview: screenOverview(analysis, outcome.ignoredTransitions) });
}

function readCsv(request: ReadRequest, reader: RowReader): Promise<void> {
  const sink = csvRecordSink(reader);
  let lastReported = 0;
  return streamCsvFile(request.file, { delimiter: request.delimiter, newline: request.newline }, CHUNK_BYTES, sink, (fraction) => {
    if (fraction - lastReported < 0.01 && fraction < 1) return;
    lastReported = fraction;
    reply({ type: 'progress', fraction });
  });
}

async function readXes(request: ReadRequest, reader: RowReader): Promise<void> {
  const columns = new Map(request.headers.map((header, index) => [header, index]));
  let eventNumber = 0;
  const xes = createXesReader((event) => {
    eventNumber += 1;
    const fields = request.headers.map(() => '');
    for (const [key, value] of Object.entries(event)) {
      const column = columns.get(key);
      if (column !== undefined) fields[column] = value;
    }
    reader.read(fields, eventNumber);
  });
  const decoder = new TextDecoder('utf-8');
  const size = Math.max(request.file.size, 1);
  for (let offset = 0; offset < request.file.size; offset += CHUNK_BYTES) {
    const bytes = new Uint8Array(await request.file.slice(offset, offset + CHUNK_BYTES).arrayBuffer());
    xes.write(decoder.decode(bytes, { stream: true }));
    reply({ type: 'progress', fraction: Math.min(1, (offset + bytes.length) / size) });
  }
  xes.write(decoder.decode());
  xes.close();
}

function screenOverview({ table, overview, facts }: LogAnalysis, ignoredTransitions: number): ScreenOverview {
  return {
    cases: overview.cases,
    events: table.count,
    firstTime: facts.firstTime,
    lastTime: facts.lastTime,
    ignoredTransitions,
    hasProcessTimes: overview.hasProcessTimes,
    activities: overview.activities.map((entry) => ({
      index: entry.activity,
      name: table.activities[entry.activity] ?? '',
      cases: entry.cases,
      passes: entry.passes,
    })),
    variantCount: overview.variantCount,
    variants: overview.variants,
    leadTime: overview.leadTime,
    defaultKept: defaultKeptActivities(overview),
  };
}
