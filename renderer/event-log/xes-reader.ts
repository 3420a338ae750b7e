import { uiText } from '../ui-text/ui-text';
import { SaxesParser } from 'saxes';

/**
 * Reads an XES event log (IEEE 1849-2016) as it streams in, one event at a time, without
 * holding the document: each event comes out as its attributes merged with its trace's, the
 * trace's keyed "case:…" as process-mining tools do (the case id is "case:concept:name"), and the
 * log's declared event defaults (`<global scope="event">`) filled in. Only an event's and a
 * trace's own attributes count; nested ones (lists, attributes of attributes) are skipped.
 */
export type XesEvent = Record<string, string>;

export type XesReader = { write(chunk: string): void; close(): void };

export class XesFormatError extends Error {}

const ATTRIBUTE_TAGS = new Set(['string', 'date', 'int', 'float', 'boolean', 'id']);

export function createXesReader(onEvent: (event: XesEvent) => void): XesReader {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const path: string[] = [];
  let eventDefaults: XesEvent = {};
  let trace: XesEvent = {};
  let event: XesEvent | null = null;
  let globalScope = '';
  let sawLog = false;
  let failure: Error | null = null;

  parser.on('opentag', (tag) => {
    const parent = path.at(-1);
    path.push(tag.name);
    if (tag.name === 'log' && path.length === 1) sawLog = true;
    if (tag.name === 'trace' && parent === 'log') trace = {};
    if (tag.name === 'event' && parent === 'trace') event = { ...eventDefaults };
    if (tag.name === 'global') globalScope = tag.attributes.scope ?? 'event';
    if (!ATTRIBUTE_TAGS.has(tag.name)) return;
    const key = tag.attributes.key;
    const value = tag.attributes.value ?? '';
    if (key === undefined) return;
    const owner = path.at(-2);
    if (owner === 'event' && event) event[key] = value;
    else if (owner === 'trace' && path.at(-3) === 'log') trace[`case:${key}`] = value;
    else if (owner === 'global' && globalScope === 'event') eventDefaults = { ...eventDefaults, [key]: value };
  });
  parser.on('closetag', (tag) => {
    path.pop();
    if (tag.name === 'event' && event && path.at(-1) === 'trace') {
      onEvent({ ...trace, ...event });
      event = null;
    }
  });
  parser.on('error', (error) => {
    failure ??= error;
  });

  const check = () => {
    if (failure) throw new XesFormatError(uiText('eventLog:files.malformedXes', { problem: failure.message }));
  };
  return {
    write(chunk) {
      parser.write(chunk);
      check();
    },
    close() {
      parser.close();
      check();
      if (!sawLog) throw new XesFormatError(uiText('eventLog:files.notXes'));
    },
  };
}
