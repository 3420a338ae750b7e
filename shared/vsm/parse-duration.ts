import { translator } from '../i18n/i18n-instance';
import { ENGLISH, type LocaleFormat } from '../locale/locale-format';
import { readNumberText } from '../locale/read-number';
import type { MapSettings } from '../model/vsm-map';
import { formatDuration, fromUnit, TIME_UNITS, type TimeUnit } from './units';

/**
 * Reads a duration as a facilitator types it into the inspector: "45 s", "30 min", "2.5 d",
 * "1 h 30 min", "27,600 s", or a bare number in the field's own unit (bare-numbers.ts). It reads
 * the locale's own way of writing numbers ("0,4 d" and "27.600 s" in German: read-number.ts)
 * and its words for the units ("2 Tage", "3 heures") besides the English ones. Failures are
 * messages phrased like the model's field errors ("must …"), in the locale's language, so the
 * inspector can put the field's name in front.
 */
export type DurationParse = { ok: true; seconds: number } | { ok: false; message: string };

type Words = ReturnType<typeof translator<'vsm'>>;

const unitWordCache = new Map<string, ReadonlyMap<string, TimeUnit>>();

/** Every spelling of each unit the locale's language and English accept. */
function unitWords(format: LocaleFormat): ReadonlyMap<string, TimeUnit> {
  const cached = unitWordCache.get(format.language);
  if (cached) return cached;
  const words = new Map<string, TimeUnit>();
  for (const language of [format.language, 'en'] as const) {
    const t = translator(language, 'units');
    for (const unit of TIME_UNITS) {
      for (const word of t(`words.${unit}`).split(' ')) if (!words.has(word)) words.set(word.toLocaleLowerCase(language), unit);
    }
  }
  unitWordCache.set(format.language, words);
  return words;
}

function examples(t: Words, format: LocaleFormat, settings: Pick<MapSettings, 'workingTimePerDay'>): string {
  const day = fromUnit(1, 'd', settings);
  const shown = [45, 30 * 60, 1.5 * 3_600, 2.5 * day].map((seconds, index) =>
    t('quoted', { text: formatDuration(seconds, settings, { unit: TIME_UNITS[index] ?? 's', format }) }),
  );
  return t('parse.or', { list: shown.slice(0, -1).join(', '), last: shown.at(-1) ?? '' });
}

export function parseDuration(
  text: string,
  settings: Pick<MapSettings, 'workingTimePerDay'>,
  defaultUnit: TimeUnit = 's',
  format: LocaleFormat = ENGLISH,
): DurationParse {
  const t = translator(format.language, 'vsm');
  const fail = (message: string): DurationParse => ({ ok: false, message });
  const trimmed = text.trim().toLocaleLowerCase(format.language);
  if (trimmed === '') return fail(t('parse.duration', { examples: examples(t, format, settings) }));
  if (trimmed.startsWith('-') || trimmed.startsWith('\u2212')) return fail(t('parse.negative'));
  const read = readNumberText(trimmed, format);
  if (!read.ok)
    return fail(
      t('parse.decimalPoint', { example: t('quoted', { text: formatDuration(2.5 * fromUnit(1, 'd', settings), settings, { unit: 'd', format }) }) }),
    );
  const input = read.text;

  const words = unitWords(format);
  let seconds = 0;
  let parts = 0;
  let bareNumber = false;
  const part = /(\d+(?:\.\d*)?|\.\d+)\s*(\p{L}*\.?)\s*/uy;
  while (part.lastIndex < input.length) {
    const match = part.exec(input);
    if (!match) return fail(t('parse.duration', { examples: examples(t, format, settings) }));
    const [, digits = '', written = ''] = match;
    const word = written.replace(/\.$/, '');
    const unit = word === '' ? defaultUnit : words.get(word);
    if (!unit) {
      const units = TIME_UNITS.map((candidate) => format.timeUnit(candidate));
      return fail(
        t('parse.unknownUnit', {
          word: t('quoted', { text: word }),
          units: t('parse.or', { list: units.slice(0, -1).join(', '), last: units.at(-1) ?? '' }),
        }),
      );
    }
    bareNumber ||= word === '';
    seconds += fromUnit(Number(digits), unit, settings);
    parts += 1;
  }
  if (bareNumber && parts > 1) return fail(t('parse.unitForEvery', { examples: examples(t, format, settings) }));
  return Number.isFinite(seconds) ? { ok: true, seconds } : fail(t('parse.tooLarge'));
}
