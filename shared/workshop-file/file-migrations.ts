import { refusalWords } from '../i18n/refusals';
import { CURRENT_FORMAT_VERSION } from './workshop-file-schema';

/**
 * Upgrading older workshop files. A format change adds one migration from the previous version
 * to the new one and raises CURRENT_FORMAT_VERSION; a file of any older version is then walked
 * up the chain, one step at a time, before it is validated against the current schema. Version 1
 * is the first format, so the chain is empty today: the mechanism and its test are ready for the
 * first change. A file from a newer version is refused, never guessed at.
 */
export type RawFile = Record<string, unknown>;

export type FileMigration = {
  /** The version this step reads; it writes `from + 1`. */
  from: number;
  /** What changed, in a sentence, for the release notes and the test's failure messages. */
  change: string;
  migrate: (file: RawFile) => RawFile;
};

export const FIRST_FORMAT_VERSION = 1;

/** Every migration, oldest first, each from the version the one before it wrote. */
export const FILE_MIGRATIONS: readonly FileMigration[] = [];

export type UpgradeResult =
  { ok: true; file: RawFile; upgradedFrom: number | null } | { ok: false; problem: 'newer-version' | 'unsupported-version'; message: string };

export type FormatChain = { migrations: readonly FileMigration[]; firstVersion: number; currentVersion: number };

export const FORMAT_CHAIN: FormatChain = { migrations: FILE_MIGRATIONS, firstVersion: FIRST_FORMAT_VERSION, currentVersion: CURRENT_FORMAT_VERSION };

/** Brings a file of format `version` up to the current one; `version` is a whole number. */
export function upgradeFile(file: RawFile, version: number, chain: FormatChain = FORMAT_CHAIN): UpgradeResult {
  const { migrations, firstVersion, currentVersion } = chain;
  if (version > currentVersion) {
    return {
      ok: false,
      problem: 'newer-version',
      message:
        firstVersion === currentVersion
          ? refusalWords()('newerFormat', { version, current: currentVersion })
          : refusalWords()('newerFormats', { version, first: firstVersion, current: currentVersion }),
    };
  }
  if (version < firstVersion) {
    return {
      ok: false,
      problem: 'unsupported-version',
      message: refusalWords()('formatNeverWritten', { version, first: firstVersion }),
    };
  }
  let upgraded = file;
  for (let at = version; at < currentVersion; at += 1) {
    const step = migrations.find((migration) => migration.from === at);
    if (!step) {
      return { ok: false, problem: 'unsupported-version', message: refusalWords()('noUpgrade', { version: at }) };
    }
    upgraded = { ...step.migrate(upgraded), formatVersion: at + 1 };
  }
  return { ok: true, file: upgraded, upgradedFrom: version === currentVersion ? null : version };
}
