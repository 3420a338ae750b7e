import type { z } from 'zod';
import { describeIssues, toInputIssues } from '../../shared/util/input-issues';

/** A schema's complaints as a sentence, with each field called by the label the form shows. */
export function describeFormIssues(error: z.ZodError, labels: Record<string, string> = {}): string {
  return describeIssues(toInputIssues(error).map((issue) => ({ ...issue, path: labels[issue.path] ?? issue.path })));
}
