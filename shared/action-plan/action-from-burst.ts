import type { Id } from '../model/ids';
import type { MapDocument } from '../model/vsm-map';
import { nodeLabel } from '../vsm';
import type { ActionFields } from './action-item';
import { stepNearBurst } from '../future-state/burst-step';

/**
 * The action a kaizen burst turns into: the burst's words as what is to be done (one line, cut
 * to fit), linked to the burst and to the step it improves (stepNearBurst). Null when the burst
 * is not on the map.
 */
const WHAT_MAX = 500;

export function actionFromBurst(doc: MapDocument, burstId: Id): Pick<ActionFields, 'what' | 'kaizenNodeId' | 'stepNodeId'> | null {
  const burst = doc.nodes.find((node) => node.id === burstId && node.kind === 'kaizen-burst');
  if (!burst) return null;
  const stepNodeId = stepNearBurst(doc, burstId);
  const step = doc.nodes.find((node) => node.id === stepNodeId);
  const words = burst.text.replace(/\s+/g, ' ').trim();
  const what = words === '' ? `Improve ${step ? nodeLabel(step) : 'the value stream'}` : words;
  return { what: what.slice(0, WHAT_MAX), kaizenNodeId: burst.id, stepNodeId };
}
