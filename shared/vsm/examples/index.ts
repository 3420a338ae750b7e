import type { MapDocument } from '../../model/vsm-map';
import { acmeStampingCurrentState } from './acme-stamping-current';
import { acmeStampingFutureState } from './acme-stamping-future';
import { officeOrderFulfilment } from './office-order-fulfilment';

/**
 * The worked examples a workshop can start from, and the golden cases of the engine's tests.
 * Each call builds a fresh document, so a caller may change it freely. Their ids are fixed and
 * readable; a caller that stores one next to other maps should give it fresh ids first.
 */
export type WorkedExample = { key: string; title: string; source: string; build: () => MapDocument };

export const WORKED_EXAMPLES: readonly WorkedExample[] = [
  {
    key: 'acme-stamping-current',
    title: 'Acme Stamping – current state',
    source: 'Rother & Shook, “Learning to See” (1999)',
    build: acmeStampingCurrentState,
  },
  {
    key: 'acme-stamping-future',
    title: 'Acme Stamping – future state',
    source: 'After Rother & Shook, “Learning to See” (1999)',
    build: acmeStampingFutureState,
  },
  {
    key: 'office-order-fulfilment',
    title: 'Custom order fulfilment (office)',
    source: 'In the style of Martin & Osterling, “Value Stream Mapping” (2014)',
    build: officeOrderFulfilment,
  },
];

export { acmeStampingCurrentState, acmeStampingFutureState, officeOrderFulfilment };
