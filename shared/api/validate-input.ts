import type { z } from 'zod';
import { apiInputs, isChannel, type ApiParsedInput, type Channel } from './contract';
import type { ApiError, ApiIssue } from './result';

export type InputCheck<C extends Channel> = { ok: true; channel: C; input: ApiParsedInput<C> } | { ok: false; error: ApiError };

export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : String(part))).join('.').replace(/\.\[/g, '[');
}

export function toApiIssues(error: z.ZodError): ApiIssue[] {
  return error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }));
}

/** A sentence naming each field and what is wrong with it, for showing to a user. */
export function describeIssues(issues: readonly ApiIssue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path} ${issue.message}` : issue.message)).join('; ');
}

/** What was sent as a channel name, for the refusal: never by calling its own toString, which may throw or lie. */
function describeChannel(channel: unknown): string {
  if (typeof channel === 'string') return channel.slice(0, 80);
  return channel === null ? '(null)' : `(${typeof channel})`;
}

/** Checks a channel name and its input against the contract, at the process boundary. */
export function validateInput(channel: unknown, input: unknown): InputCheck<Channel> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'unknown-channel', message: `Unknown API channel: ${describeChannel(channel)}` } };
  }
  const parsed = apiInputs[channel].safeParse(input);
  if (!parsed.success) {
    const issues = toApiIssues(parsed.error);
    return { ok: false, error: { code: 'invalid-input', message: `Invalid ${channel} request: ${describeIssues(issues)}`, issues } };
  }
  return { ok: true, channel, input: parsed.data as ApiParsedInput<Channel> };
}
