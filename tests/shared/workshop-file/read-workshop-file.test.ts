import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_WORKSHOP_FILE_BYTES } from '../../../shared/workshop-file/file-limits';
import { readWorkshopFile, utf8Length } from '../../../shared/workshop-file/read-workshop-file';
import { serializeWorkshopFile } from '../../../shared/workshop-file/write-workshop-file';
import type { WorkshopFile } from '../../../shared/workshop-file/workshop-file-schema';
import { arbitraryWorkshopFile } from './arbitrary-workshop-file';

const sample = () => fc.sample(arbitraryWorkshopFile, { numRuns: 1, seed: 7 })[0]!;

function withChange(file: WorkshopFile, change: (copy: WorkshopFile) => void): string {
  const copy = structuredClone(file);
  change(copy);
  return JSON.stringify(copy);
}

function refusal(text: string) {
  const read = readWorkshopFile(text);
  if (read.ok) throw new Error('The file was accepted');
  return read;
}

describe('reading a workshop file', () => {
  it('reads back exactly what was written: parse(serialize(w)) equals w', () => {
    fc.assert(
      fc.property(arbitraryWorkshopFile, (file) => {
        const read = readWorkshopFile(serializeWorkshopFile(file));
        expect(read).toEqual({ ok: true, file, upgradedFrom: null });
      }),
      { numRuns: 200 },
    );
  });

  it('reads a file that an editor saved with a byte order mark in front (Windows Notepad does), as the desktop app reads it from disk', () => {
    const file = sample();
    expect(readWorkshopFile(`\uFEFF${serializeWorkshopFile(file)}`)).toEqual({ ok: true, file, upgradedFrom: null });
  });

  it('refuses a file cut short anywhere', () => {
    fc.assert(
      fc.property(arbitraryWorkshopFile, fc.double({ min: 0, max: 1, noNaN: true }), (file, where) => {
        const text = serializeWorkshopFile(file).trimEnd();
        const read = readWorkshopFile(text.slice(0, Math.floor(where * (text.length - 1))));
        expect(read.ok).toBe(false);
        if (!read.ok) expect(['not-json', 'not-a-workshop-file']).toContain(read.problem);
      }),
      { numRuns: 200 },
    );
  });

  it('answers any text at all with a file or a typed refusal, never a throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.json(),
          fc.jsonValue().map((value) => JSON.stringify({ kind: 'value-stream-workshop', formatVersion: 1, workshop: value })),
        ),
        (text) => {
          const read = readWorkshopFile(text);
          expect(read.ok).toBe(false);
          if (!read.ok) expect(read.message.length).toBeGreaterThan(10);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('says what is wrong with an empty file, JSON that is not a workshop file, and a file from elsewhere', () => {
    expect(refusal('   ')).toMatchObject({ problem: 'not-json', message: expect.stringContaining('empty') });
    expect(refusal('{"maps": [}')).toMatchObject({
      problem: 'not-json',
      message: 'This is not a workshop file: its contents are not written the way a workshop file is. Nothing was imported.',
    });
    expect(refusal('{"kind": "value-stream-workshop", "maps": [')).toMatchObject({
      problem: 'not-json',
      message: expect.stringContaining('ends early'),
    });
    expect(refusal('{"kind": "value-stream-workshop", "title": "Acme St')).toMatchObject({
      problem: 'not-json',
      message: expect.stringContaining('ends early'),
    });
    expect(refusal('[1, 2]')).toMatchObject({ problem: 'not-a-workshop-file' });
    expect(refusal('{"kind": "drawio", "formatVersion": 1}')).toMatchObject({
      problem: 'not-a-workshop-file',
      message: expect.stringContaining('"kind"'),
    });
  });

  it('refuses a file from a newer version instead of guessing, and names both versions', () => {
    const text = withChange(sample(), (copy) => Object.assign(copy, { formatVersion: 2 }));
    const read = refusal(text);
    expect(read.problem).toBe('newer-version');
    expect(read.message).toContain('newer version');
    expect(read.message).toContain('format 2');
  });

  it('names the format version field when it is not a whole number', () => {
    expect(refusal(withChange(sample(), (copy) => Object.assign(copy, { formatVersion: '1' })))).toMatchObject({
      problem: 'invalid',
      issues: [{ path: 'formatVersion', message: 'must be a whole number' }],
    });
    expect(refusal(withChange(sample(), (copy) => Object.assign(copy, { formatVersion: 0 }))).problem).toBe('unsupported-version');
  });

  it('names the field of a bad value', () => {
    const file = sample();
    const text = withChange(file, (copy) => {
      copy.workshop.date = '25/11/2026';
      copy.maps[0]!.nodes.push({
        id: 'bad',
        kind: 'sticky-note',
        x: 0,
        y: 0,
        width: -5,
        height: 10,
        z: 0,
        text: '',
        color: 'yellow',
        originId: null,
      });
    });
    const read = refusal(text);
    expect(read.problem).toBe('invalid');
    expect(read.message).toContain('workshop.date must be a date in the form YYYY-MM-DD');
    expect(read.message).toContain(`maps[0].nodes[${file.maps[0]!.nodes.length}].width must be greater than zero`);
    expect(read.message).toContain('Nothing was imported');
  });

  it('refuses references to what is not in the file, naming the field that holds them', () => {
    const file = sample();
    const cases: [string, (copy: WorkshopFile) => void][] = [
      [
        'maps[0].connectors[0].toId',
        (copy) => {
          copy.maps[0]!.nodes.push({ id: 'only', kind: 'text', x: 0, y: 0, width: 10, height: 10, z: 0, text: '', color: 'yellow', originId: null });
          copy.maps[0]!.connectors.unshift({ id: 'dangling', kind: 'push', fromId: 'only', toId: 'nowhere', label: '', originId: null });
        },
      ],
      [`maps[${file.maps.length}].id`, (copy) => copy.maps.push({ ...copy.maps[0]! })],
      ['maps[0].derivedFromMapId', (copy) => Object.assign(copy.maps[0]!, { derivedFromMapId: 'elsewhere' })],
      [
        'maps[0].futureStateAnswers',
        (copy) =>
          Object.assign(copy.maps[0]!, { state: 'current', futureStateAnswers: [{ question: 'takt', answer: '60 s', updatedAt: copy.exportedAt }] }),
      ],
      ['timer.agendaItemId', (copy) => Object.assign(copy.timer, { agendaItemId: 'no-such-activity' })],
      [
        'votingSessions[0].votes[0].participantId',
        (copy) => {
          copy.votingSessions = [
            { ...sessionOn(copy.maps[0]!.id), votes: [{ id: 'v', participantId: 'stranger', nodeId: 'n0', castAt: copy.exportedAt }] },
          ];
        },
      ],
      [
        'actions[0].mapId',
        (copy) => {
          copy.actions = [
            {
              id: 'a',
              mapId: copy.maps[0]!.id,
              what: 'Cut setup',
              owner: '',
              dueDate: null,
              status: 'open',
              stepNodeId: null,
              kaizenNodeId: null,
              createdAt: copy.exportedAt,
              updatedAt: copy.exportedAt,
            },
          ];
          copy.maps[0]!.state = 'current';
          copy.maps[0]!.futureStateAnswers = [];
        },
      ],
      ['presentation.resultsSessionId', (copy) => Object.assign(copy.presentation, { resultsSessionId: 'gone' })],
      [
        'parkingLot[0].fromMapId',
        (copy) => {
          copy.parkingLot = [{ id: 'p', text: 'Later', color: 'pink', note: null, fromMapId: 'gone', createdAt: copy.exportedAt }];
        },
      ],
    ];
    for (const [path, change] of cases) {
      const read = refusal(withChange(file, change));
      expect(read.problem, path).toBe('invalid');
      expect(
        read.issues.map((issue) => issue.path),
        path,
      ).toContain(path);
    }
  });

  it('refuses a second current activity', () => {
    const text = withChange(sample(), (copy) => {
      copy.agenda = ['One', 'Two'].map((title, index) => ({
        id: `a${index}`,
        title,
        plannedMinutes: 10,
        actualSeconds: 0,
        isCurrent: true,
        notes: '',
      }));
      copy.timer.agendaItemId = null;
    });
    expect(refusal(text).issues).toContainEqual({ path: 'agenda[1].isCurrent', message: 'must be false: another activity is current' });
  });

  it('refuses a file over the size limit before parsing it, and says how large it may be', () => {
    const read = refusal(`{"kind":"value-stream-workshop","pad":"${'x'.repeat(MAX_WORKSHOP_FILE_BYTES)}"}`);
    expect(read.problem).toBe('too-large');
    expect(read.message).toContain('at most 50 MB');
  });

  it('measures size in UTF-8 bytes, as on disk', () => {
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
    expect(utf8Length('\ud800')).toBe(3);
  });
});

function sessionOn(mapId: string) {
  return {
    id: 's',
    mapId,
    title: 'Biggest problems',
    targetKinds: ['sticky-note' as const],
    votesPerParticipant: 3,
    maxVotesPerItem: 3,
    visibility: 'open' as const,
    mode: 'open-clicking' as const,
    status: 'open' as const,
    createdAt: '2026-11-25T09:00:00.000Z',
    closedAt: null,
    revealedAt: null,
  };
}
