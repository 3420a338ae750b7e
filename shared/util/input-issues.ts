import type { z } from 'zod';

/** One thing wrong with an input: which field (`nodes[3].label`), and what. */
export type InputIssue = { path: string; message: string };

export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : String(part)))
    .join('.')
    .replace(/\.\[/g, '[');
}

export function toInputIssues(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }));
}

/** A sentence naming each field and what is wrong with it, for showing to a user. */
export function describeIssues(issues: readonly InputIssue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path} ${issue.message}` : issue.message)).join('; ');
}
