import type { MapSettings } from '../model/vsm-map';
import { fromUnit, type TimeUnit } from './units';

/**
 * Reads a duration as a facilitator types it into the inspector: "45 s", "30 min", "2.5 d",
 * "1 h 30 min", "27,600 s", or a bare number in the field's own unit (bare-numbers.ts). Failures
 * are messages phrased like the model's field errors ("must …"), so the inspector can put the
 * field's name in front.
 */
export type DurationParse = { ok: true; seconds: number } | { ok: false; message: string };

const UNIT_WORDS: Readonly<Record<string, TimeUnit>> = {
  s: 's',
  sec: 's',
  secs: 's',
  second: 's',
  seconds: 's',
  m: 'min',
  min: 'min',
  mins: 'min',
  minute: 'min',
  minutes: 'min',
  h: 'h',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  d: 'd',
  day: 'd',
  days: 'd',
};

const EXAMPLES = 'such as “45 s”, “30 min”, “1.5 h” or “2.5 d”';

function fail(message: string): DurationParse {
  return { ok: false, message };
}

export function parseDuration(text: string, settings: Pick<MapSettings, 'workingTimePerDay'>, defaultUnit: TimeUnit = 's'): DurationParse {
  // Thousands grouped as data boxes write them ("27,600 s") are read; any other comma is a decimal comma.
  const input = text
    .trim()
    .toLowerCase()
    .replace(/\b(\d{1,3}(?:,\d{3})+)(?![\d,])/g, (grouped) => grouped.replace(/,/g, ''));
  if (input === '') return fail(`must be a duration ${EXAMPLES}`);
  if (input.startsWith('-')) return fail('must not be a negative time');
  if (/\d,\d/.test(input)) return fail('must use a point for decimals, as in “2.5 d”');

  let seconds = 0;
  let parts = 0;
  let bareNumber = false;
  const part = /(\d+(?:\.\d*)?|\.\d+)\s*([a-z]*)\s*/y;
  while (part.lastIndex < input.length) {
    const match = part.exec(input);
    if (!match) return fail(`must be a duration ${EXAMPLES}`);
    const [, digits = '', word = ''] = match;
    const unit = word === '' ? defaultUnit : UNIT_WORDS[word];
    if (!unit) return fail(`has an unknown unit “${word}”; use s, min, h or d`);
    bareNumber ||= word === '';
    seconds += fromUnit(Number(digits), unit, settings);
    parts += 1;
  }
  if (bareNumber && parts > 1) return fail(`must give a unit for every number, ${EXAMPLES}`);
  return Number.isFinite(seconds) ? { ok: true, seconds } : fail('is too large');
}
