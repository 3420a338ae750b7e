import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../../main/store/open-database';
import type { ImportOutcome } from '../../../shared/api/workshop-contract';
import { MAX_WORKSHOP_FILE_BYTES } from '../../../shared/workshop-file/file-limits';
import { serializeWorkshopFile } from '../../../shared/workshop-file/write-workshop-file';
import { hostileValue, mutate, pathsOf, type Mutation } from '../../support/api-fuzz-payloads';
import { dumpDatabase } from '../../support/store-fixtures';
import { useApi, type Api } from '../store/future-state/api-support';
import { seedFullWorkshop } from '../../support/full-workshop';

/**
 * The import under hostile files: garbage, JSON of any shape, a real workshop file cut short
 * anywhere or changed in one place deep inside, a newer version, and a file over the size limit.
 * Every answer is a typed refusal or an import; a refusal leaves every table as it was, and an
 * import only adds a workshop (deleting it gives back exactly the database from before).
 */
const RUNS = 300;

describe('importing workshop files under random and malformed payloads', () => {
  const openApi = useApi();
  let api: Api;
  let valid = '';

  const dump = () => {
    const db = new Database(path.join(api.services.dataDir, DATABASE_FILE_NAME), { readonly: true });
    try {
      return dumpDatabase(db);
    } finally {
      db.close();
    }
  };

  async function importAndCheck(text: string): Promise<'refused' | 'imported'> {
    const before = dump();
    const result = await api.services.dispatch('workshop.importFile', { text });
    if (!result.ok) {
      expect(['invalid-file', 'invalid-input'], result.error.message).toContain(result.error.code);
      expect(result.error.message.length).toBeLessThan(5_000);
      expect(dump()).toEqual(before);
      return 'refused';
    }
    const outcome = result.value as ImportOutcome;
    if (outcome.status !== 'imported') throw new Error(`unexpected ${outcome.status}`);
    await api.call('workshop.delete', { id: outcome.overview.workshop.id });
    expect(dump()).toEqual(before);
    return 'imported';
  }

  it('refuses garbage, truncated, mutated and newer files with a typed error, and changes nothing', async () => {
    api = await openApi();
    const { workshopId } = await seedFullWorkshop(api.call);
    valid = serializeWorkshopFile(await api.call('workshop.exportFile', { id: workshopId }));
    const parsed: unknown = JSON.parse(valid);
    const payloads = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.json(),
      fc.double({ min: 0, max: 1, noNaN: true }).map((where) => valid.slice(0, Math.floor(where * (valid.trimEnd().length - 1)))),
      fc.tuple(fc.nat(), fc.constantFrom<Mutation>('replace', 'remove', 'add'), hostileValue).map(([pick, how, replacement]) => {
        const paths = pathsOf(parsed);
        return JSON.stringify(mutate(parsed, paths[pick % paths.length]!, how, replacement), (_key, item: unknown) =>
          typeof item === 'bigint' ? item.toString() : item,
        );
      }),
      fc.integer({ min: 2, max: 1_000 }).map((version) => valid.replace('"formatVersion": 1', `"formatVersion": ${version}`)),
    );
    const outcomes: string[] = [];
    await fc.assert(
      fc.asyncProperty(payloads, async (text) => {
        outcomes.push(await importAndCheck(text));
      }),
      { numRuns: RUNS },
    );
    expect(outcomes.filter((outcome) => outcome === 'refused').length).toBeGreaterThan(RUNS / 2);
    expect(await importAndCheck(valid)).toBe('imported');
  });

  it('refuses a file over the size limit before reading it', async () => {
    api = await openApi();
    await seedFullWorkshop(api.call);
    const before = dump();
    const result = await api.services.dispatch('workshop.importFile', {
      text: `{"kind":"value-stream-workshop","x":"${'x'.repeat(MAX_WORKSHOP_FILE_BYTES)}"}`,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('at most 50 MB') } });
    expect(dump()).toEqual(before);
  });
});
