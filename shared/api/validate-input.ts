import type { Language } from '../i18n/languages';
import { inLanguage, invalidRequestText } from '../i18n/refusals';
import { describeIssues, toInputIssues } from '../util/input-issues';
import { apiInputs, isChannel, type ApiParsedInput, type Channel } from './contract';
import type { ApiError } from './result';

export type InputCheck<C extends Channel> = { ok: true; channel: C; input: ApiParsedInput<C> } | { ok: false; error: ApiError };

/** What was sent as a channel name, for the refusal: never by calling its own toString, which may throw or lie. */
function describeChannel(channel: unknown): string {
  if (typeof channel === 'string') return channel.slice(0, 80);
  return channel === null ? '(null)' : `(${typeof channel})`;
}

/**
 * Checks a channel name and its input against the contract, at the process boundary. A refusal
 * names each field by its path (for a program) and says what is wrong in `language`, the
 * language of whoever asked (for a person).
 */
export function validateInput(channel: unknown, input: unknown, language: Language = 'en'): InputCheck<Channel> {
  return inLanguage(language, () => check(channel, input));
}

function check(channel: unknown, input: unknown): InputCheck<Channel> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'unknown-channel', message: `Unknown API channel: ${describeChannel(channel)}` } };
  }
  const parsed = apiInputs[channel].safeParse(input);
  if (!parsed.success) {
    const issues = toInputIssues(parsed.error);
    return { ok: false, error: { code: 'invalid-input', message: invalidRequestText(channel, describeIssues(issues)), issues } };
  }
  return { ok: true, channel, input: parsed.data as ApiParsedInput<Channel> };
}
