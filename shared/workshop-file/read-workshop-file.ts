import { damagedFileText, refusalText, refusalWords } from '../i18n/refusals';
import { describeIssues, toInputIssues, type InputIssue } from '../util/input-issues';
import { MAX_WORKSHOP_FILE_BYTES, tooLargeMessage } from './file-limits';
import { FORMAT_CHAIN, upgradeFile, type FormatChain, type RawFile } from './file-migrations';
import { WORKSHOP_FILE_KIND, WorkshopFileSchema, type WorkshopFile } from './workshop-file-schema';

/**
 * Reading a workshop file: the size is checked before anything is parsed, then that it is JSON,
 * that it says it is a workshop file, that its format is one this app knows (older formats are
 * upgraded, a newer one is refused), and last every field and every reference between its
 * parts. Each refusal says what is wrong in words a facilitator can act on, naming the field.
 */
export type WorkshopFileProblem = 'too-large' | 'not-json' | 'not-a-workshop-file' | 'newer-version' | 'unsupported-version' | 'invalid';

export type WorkshopFileRead =
  { ok: true; file: WorkshopFile; upgradedFrom: number | null } | { ok: false; problem: WorkshopFileProblem; message: string; issues: InputIssue[] };

const SHOWN_ISSUES = 3;
const KEPT_ISSUES = 50;

function refuse(problem: WorkshopFileProblem, message: string, issues: InputIssue[] = []): WorkshopFileRead {
  return { ok: false, problem, message, issues };
}

/** UTF-8 length without building the bytes: a file is measured as it would be on disk. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

function isRecord(value: unknown): value is RawFile {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether text that is not JSON stops before its end: a workshop file cut short while it was
 * copied or downloaded. Only the parser's own message says where it gave up; the user is never
 * shown that message, only which of the two it was, in words.
 */
function endsEarly(text: string, parserMessage: string): boolean {
  if (/end of (JSON )?input|unterminated/i.test(parserMessage)) return true;
  const at = /position (\d+)/.exec(parserMessage);
  return at !== null && Number(at[1]) >= text.trimEnd().length;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; endsEarly: boolean } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, endsEarly: endsEarly(text, error instanceof Error ? error.message : String(error)) };
  }
}

export function readWorkshopFile(text: string, chain: FormatChain = FORMAT_CHAIN): WorkshopFileRead {
  if (text.length > MAX_WORKSHOP_FILE_BYTES || (text.length > MAX_WORKSHOP_FILE_BYTES / 3 && utf8Length(text) > MAX_WORKSHOP_FILE_BYTES)) {
    return refuse('too-large', tooLargeMessage(utf8Length(text)));
  }
  if (text.trim() === '') return refuse('not-json', refusalText('emptyFile'));
  // An editor on Windows may save the file with a byte order mark in front; the desktop app reads it from disk as it is.
  const json = parseJson(text.startsWith('\uFEFF') ? text.slice(1) : text);
  if (!json.ok) {
    return refuse('not-json', json.endsEarly ? refusalText('fileEndsEarly') : refusalText('notJson'));
  }
  const raw = json.value;
  if (!isRecord(raw) || raw.kind !== WORKSHOP_FILE_KIND) {
    return refuse('not-a-workshop-file', refusalWords()('notWorkshopFile', { kind: WORKSHOP_FILE_KIND }));
  }
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isSafeInteger(version)) {
    const issues = [{ path: 'formatVersion', message: refusalText('wholeNumber') }];
    return refuse('invalid', refusalText('formatVersionNotWhole'), issues);
  }
  const upgraded = upgradeFile(raw, version, chain);
  if (!upgraded.ok) return refuse(upgraded.problem, upgraded.message);
  const parsed = WorkshopFileSchema.safeParse(upgraded.file);
  if (!parsed.success) {
    const issues = toInputIssues(parsed.error).slice(0, KEPT_ISSUES);
    const more = parsed.error.issues.length - SHOWN_ISSUES;
    return refuse('invalid', damagedFileText(describeIssues(issues.slice(0, SHOWN_ISSUES)), more), issues);
  }
  return { ok: true, file: parsed.data, upgradedFrom: upgraded.upgradedFrom };
}
