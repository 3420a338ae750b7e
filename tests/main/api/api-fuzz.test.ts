import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../main/browser-host/server';
import { openAppServices, type AppServices } from '../../../main/services/app-services';
import { apiInputs, type Channel } from '../../../shared/api/contract';
import { API_ERROR_CODES, type ApiResult } from '../../../shared/api/result';
import type { BackupInfo } from '../../../shared/model/backup';
import { payloadsFor, reseed } from '../../support/api-fuzz-payloads';
import { dumpDatabase } from '../../support/store-fixtures';

const RUNS_PER_CHANNEL = 300;
const HTTP_RUNS = 300;
const channels = Object.keys(apiInputs) as Channel[];

/** A typed error with a known code and a message, or a success whose value survives the trip across a process boundary. */
function expectWellFormed(result: unknown): asserts result is ApiResult<unknown> {
  expect(result).toBeTypeOf('object');
  const answer = result as ApiResult<unknown>;
  if (answer.ok) {
    expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
    return;
  }
  expect(API_ERROR_CODES).toContain(answer.error.code);
  expect(answer.error.code, answer.error.message).not.toBe('internal');
  expect(answer.error.message).toBeTypeOf('string');
  expect(answer.error.message.length).toBeGreaterThan(0);
  expect(answer.error.message.length).toBeLessThan(5_000);
}

describe('the API under random and malformed payloads', () => {
  let dataDir = '';
  let services: AppServices;
  let backupName = '';

  /** A fresh connection each time: a restore swaps the file under the app's own connection. */
  function withDatabase<T>(use: (db: Database.Database) => T): T {
    const db = new Database(path.join(dataDir, 'workshops.sqlite'));
    try {
      return use(db);
    } finally {
      db.close();
    }
  }

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vsw-fuzz-'));
    services = openAppServices(dataDir, { scheduler: () => () => undefined, log: () => undefined });
    await services.started;
    withDatabase(reseed);
    const backup = await services.dispatch('backup.create', {});
    if (!backup.ok) throw new Error(backup.error.message);
    backupName = (backup.value as BackupInfo).name;
  });

  afterAll(async () => {
    await services.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('fuzzes every channel of the API table', () => {
    expect(channels.length).toBeGreaterThanOrEqual(13);
  });

  it.each(channels)('%s: answers every payload with a typed error or a valid result, and a refusal changes nothing', async (channel) => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(payloadsFor(channel, backupName), async (input) => {
        withDatabase(reseed);
        const before = withDatabase(dumpDatabase);
        const result = await services.dispatch(channel, input);
        expectWellFormed(result);
        if (!result.ok) {
          refused += 1;
          expect(withDatabase(dumpDatabase)).toEqual(before);
        }
      }),
      { numRuns: RUNS_PER_CHANNEL },
    );
    expect(refused).toBeGreaterThan(RUNS_PER_CHANNEL / 4);
  });

  it('answers garbage channel names with unknown-channel', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.anything()), async (channel) => {
        fc.pre(!channels.includes(channel as Channel));
        const before = withDatabase(dumpDatabase);
        expect(await services.dispatch(channel, {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
        expect(withDatabase(dumpDatabase)).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  describe('through the real HTTP browser host', () => {
    let host: BrowserHost;

    beforeAll(async () => {
      const staticDir = path.join(dataDir, 'static');
      fs.mkdirSync(staticDir);
      fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>VSW</title>');
      host = await startBrowserHost({ dispatch: services.dispatch, staticDir });
    });

    afterAll(() => host.close());

    const bodies = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 500 }),
      fc.json(),
      fc.record({ channel: fc.constantFrom(...channels), input: fc.jsonValue() }).map((call) => JSON.stringify(call)),
      fc.constantFrom(...channels).chain((channel) => payloadsFor(channel, 'none').map((input) => safeJson({ channel, input }))),
    );

    it('answers every body with a typed error or a valid result, and a refusal changes nothing', async () => {
      await fc.assert(
        fc.asyncProperty(bodies, async (body) => {
          withDatabase(reseed);
          const before = withDatabase(dumpDatabase);
          const response = await fetch(`${host.origin}/api/invoke`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
            body,
          });
          expect([200, 400]).toContain(response.status);
          const result: unknown = await response.json();
          expectWellFormed(result);
          if (!result.ok) expect(withDatabase(dumpDatabase)).toEqual(before);
        }),
        { numRuns: HTTP_RUNS },
      );
    });
  });
});

/** JSON of a payload; values JSON cannot carry (bigint) become strings, as a hostile client would send them. */
function safeJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? item.toString() : item));
}
