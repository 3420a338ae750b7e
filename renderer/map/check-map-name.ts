import { uiText } from '../ui-text/ui-text';
import { MapNameSchema } from '../../shared/model/vsm-map';
import type { FormCheck } from '../components/use-checked-submit';
import { describeFormIssues } from '../components/form-issues';

/** A map name as typed, checked with the shared schema before `send` gets it. */
export function checkMapName(name: string, send: (name: string) => Promise<void>): FormCheck {
  const parsed = MapNameSchema.safeParse(name);
  if (!parsed.success)
    return { problem: uiText('common:pleaseCheck', { problems: describeFormIssues(parsed.error, { '': uiText('map:nameInProblem') }) }) };
  return { send: () => send(parsed.data) };
}
