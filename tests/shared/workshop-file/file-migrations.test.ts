import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILE_MIGRATIONS, FIRST_FORMAT_VERSION, upgradeFile, type FormatChain, type RawFile } from '../../../shared/workshop-file/file-migrations';
import { readWorkshopFile } from '../../../shared/workshop-file/read-workshop-file';
import { CURRENT_FORMAT_VERSION, type WorkshopFile } from '../../../shared/workshop-file/workshop-file-schema';
import { arbitraryWorkshopFile } from './arbitrary-workshop-file';

/**
 * Version 1 is the first real format, so these tests drive the mechanism with a synthetic
 * "format 0": the workshop's name under `name` instead of `title`, and maps without their
 * future-state answers. When format 2 arrives, its migration joins FILE_MIGRATIONS and the chain
 * test below holds it to the rules.
 */
function asFormatZero(file: WorkshopFile): RawFile {
  const { title, ...workshop } = file.workshop;
  return {
    ...file,
    formatVersion: 0,
    workshop: { ...workshop, name: title },
    maps: file.maps.map(({ futureStateAnswers: _dropped, ...map }) => map),
  };
}

const zeroToOne: FormatChain = {
  firstVersion: 0,
  currentVersion: 1,
  migrations: [
    {
      from: 0,
      change: 'The workshop name became its title; maps gained their future-state answers.',
      migrate: (file) => {
        const { name, ...workshop } = file.workshop as RawFile;
        const maps = (file.maps as RawFile[]).map((map) => ({ ...map, futureStateAnswers: [] }));
        return { ...file, workshop: { ...workshop, title: name }, maps };
      },
    },
  ],
};

describe('upgrading older workshop files', () => {
  it('chains the real migrations from the first format to the current one, one version at a time', () => {
    const froms = FILE_MIGRATIONS.map((migration) => migration.from);
    expect(froms).toEqual(Array.from({ length: CURRENT_FORMAT_VERSION - FIRST_FORMAT_VERSION }, (_, index) => FIRST_FORMAT_VERSION + index));
  });

  it('reads an older file through its migration and says which format it came from', () => {
    fc.assert(
      fc.property(arbitraryWorkshopFile, (file) => {
        const older = { ...file, maps: file.maps.map((map) => ({ ...map, futureStateAnswers: [] })) };
        const read = readWorkshopFile(JSON.stringify(asFormatZero(older)), zeroToOne);
        expect(read).toEqual({ ok: true, file: older, upgradedFrom: 0 });
      }),
      { numRuns: 50 },
    );
  });

  it('applies every step in order and stamps each new version', () => {
    const steps: string[] = [];
    const chain: FormatChain = {
      firstVersion: 1,
      currentVersion: 4,
      migrations: [3, 1, 2].map((from) => ({
        from,
        change: `step ${from}`,
        migrate: (file) => (steps.push(`${from}:${String(file.formatVersion)}`), file),
      })),
    };
    expect(upgradeFile({ formatVersion: 2 }, 2, chain)).toEqual({ ok: true, file: { formatVersion: 4 }, upgradedFrom: 2 });
    expect(steps).toEqual(['2:2', '3:3']);
    expect(upgradeFile({ formatVersion: 4 }, 4, chain)).toEqual({ ok: true, file: { formatVersion: 4 }, upgradedFrom: null });
  });

  it('refuses a newer format, a format before the first, and a gap in the chain', () => {
    expect(upgradeFile({}, 2, zeroToOne)).toMatchObject({ ok: false, problem: 'newer-version' });
    expect(upgradeFile({}, -1, zeroToOne)).toMatchObject({ ok: false, problem: 'unsupported-version' });
    expect(upgradeFile({}, 0, { ...zeroToOne, migrations: [] })).toMatchObject({ ok: false, problem: 'unsupported-version' });
  });
});
