import type { z } from 'zod';
import { describeIssues, toApiIssues } from '../../shared/api/validate-input';

/** A schema's complaints as a sentence, with each field called by the label the form shows. */
export function describeFormIssues(error: z.ZodError, labels: Record<string, string> = {}): string {
  return describeIssues(toApiIssues(error).map((issue) => ({ ...issue, path: labels[issue.path] ?? issue.path })));
}
