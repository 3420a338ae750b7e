import type { Id } from '../../shared/model/ids';
import type { Diagnostic } from '../../shared/vsm';
import type { IssueLevel } from '../canvas/shapes/shape-props';

/** The worst of the engine's findings on each node: errors over warnings; notes of how a figure was worked out are not marked. */
export function issueLevels(diagnostics: readonly Diagnostic[]): ReadonlyMap<Id, IssueLevel> {
  const levels = new Map<Id, IssueLevel>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'info') continue;
    for (const id of diagnostic.nodeIds) {
      if (diagnostic.severity === 'error' || !levels.has(id)) levels.set(id, diagnostic.severity);
    }
  }
  return levels;
}
