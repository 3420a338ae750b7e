import { z } from 'zod';
import type { refusals } from './catalogues/en/refusals';
import { translator } from './i18n-instance';
import { DEFAULT_LANGUAGE, type Language } from './languages';

/**
 * The model's refusals in the language of whoever asked. A schema's message is a key of the
 * `refusals` catalogue (`refusal('empty')`), turned into a sentence when zod finds the problem,
 * in the language of the parse under way: `inLanguage('de', () => schema.safeParse(input))` on
 * the API's boundary, the screen's language in the renderer (`setRefusalLanguage`). zod's own
 * messages (a string where a number belongs, say) come from zod's locales in the same language.
 * Parsing is synchronous, so the language set for one parse cannot leak into another.
 */
type RefusalKey = keyof typeof refusals;

let current: Language = DEFAULT_LANGUAGE;

const ZOD_LOCALES = { en: z.locales.en(), de: z.locales.de(), fr: z.locales.fr(), es: z.locales.es() } satisfies Record<Language, object>;

z.config({ localeError: (issue) => ZOD_LOCALES[current].localeError(issue) });

/** `fn` run with refusals in `language`; the language before is back afterwards, also when `fn` throws. */
export function inLanguage<T>(language: Language, fn: () => T): T {
  const before = current;
  current = language;
  try {
    return fn();
  } finally {
    current = before;
  }
}

/** The language refusals are written in outside `inLanguage`: the renderer's screen language. */
export function setRefusalLanguage(language: Language): void {
  current = language;
}

type WithMax = 'tooLong' | 'tooManyNodes' | 'atMost' | 'atMostPercent' | 'atMostPercentADay' | 'atMostSteps' | 'tooLargeToImport';

type WithMin = 'atLeast' | 'atLeastPercent';

/** A workshop file refused before its fields are read; its sentence through `refusalWords()`. */
type FileRefusal = 'notWorkshopFile' | 'fileTooLarge' | 'newerFormat' | 'newerFormats' | 'formatNeverWritten' | 'noUpgrade';

/** A workshop file's reference that is repeated or points at nothing, naming the id. */
export type RefusalNamingId = Extract<RefusalKey, `repeated${string}` | `unknown${string}`>;

type Plain = Exclude<
  RefusalKey,
  WithMax | WithMin | RefusalNamingId | FileRefusal | 'exactLength' | 'damagedFile' | 'andMore' | 'oneOf' | 'invalidRequest'
>;

type SchemaMessage = { error: () => string };

const words = () => translator(current, 'refusals');

/** A schema's message, written when zod refuses a value: `.min(1, refusal('empty'))`. */
export function refusal(key: Plain): SchemaMessage {
  return { error: () => words()(key) };
}

/**
 * A refusal's sentence now, in the language of the parse under way: for an issue a refinement
 * adds itself (`context.addIssue({ code: 'custom', path, message: refusalText('belowMedian') })`).
 */
export function refusalText(key: Plain): string {
  return words()(key);
}

/** A refusal's sentence now naming the id it is about: `refusalNaming('unknownMap', id)`. */
export function refusalNaming(key: RefusalNamingId, id: string): string {
  return words()(key, { id });
}

/** A lower limit's message with the limit written the language's way: `.min(1, refusalAtLeast('atLeast', 1))`. */
export function refusalAtLeast(key: WithMin, min: number): SchemaMessage {
  return { error: () => words()(key, { min }) };
}

/** A length's message with the length written the language's way: `.length(6, refusalExactLength(6))`. */
export function refusalExactLength(length: number): SchemaMessage {
  return { error: () => words()('exactLength', { length }) };
}

/** A limit's message with the limit written the language's way: `.max(10_000, refusalAtMost('tooLong', 10_000))`. */
export function refusalAtMost(key: WithMax, max: number): SchemaMessage {
  return { error: () => words()(key, { max }) };
}

/** An enumeration's message, naming the values it takes. */
export function refusalOneOf(options: readonly string[]): SchemaMessage {
  return { error: () => words()('oneOf', { options: options.join(', ') }) };
}

/** Why a workshop file is refused: the first of its problems, and how many more there are. */
export function damagedFileText(issues: string, more: number): string {
  return words()('damagedFile', { issues: more > 0 ? words()('andMore', { issues, more }) : issues });
}

/** The refusals catalogue in the language of the parse under way, for a sentence with its own figures. */
export function refusalWords(): ReturnType<typeof words> {
  return words();
}

/** The language refusals are written in now, for work that carries it elsewhere (an import's worker thread). */
export function refusalLanguage(): Language {
  return current;
}

/** The sentence of a refused API request, naming each field and what is wrong with it. */
export function invalidRequestText(channel: string, issues: string): string {
  return words()('invalidRequest', { channel, issues });
}

const apiWords = () => translator(current, 'apiRefusals');

/**
 * The words of a refusal that is not about one field (a node no longer on the map, a vote once
 * revealed, the room's answers to a phone), in the language of the request under way:
 * `throw new VoteRefusedError(apiRefusalWords()('vote.revealed'))`. Read it before an `await`.
 */
export function apiRefusalWords(): ApiRefusalWords {
  return apiWords();
}

export type ApiRefusalWords = ReturnType<typeof apiWords>;
