import { z } from 'zod';
import type { AgendaItem } from '../facilitation/agenda';
import type { Participant } from '../facilitation/participant';
import type { PresentationState } from '../facilitation/presentation';
import type { TimerState } from '../facilitation/timer';
import { IdSchema } from '../model/ids';
import type { MapMeta } from '../model/vsm-map';
import type { VotingSessionDetail } from './voting-contract';

/** Everything the projector draws, in one poll; it loads the map itself when `map.revision` moves on. */
export type ProjectorSnapshot = {
  workshopTitle: string;
  presentation: PresentationState;
  /** The map shown; null when the workshop has no map. */
  map: MapMeta | null;
  timer: TimerState;
  currentActivity: Pick<AgendaItem, 'id' | 'title' | 'plannedMinutes'> | null;
  /** Only a revealed session's results ever reach the projector. */
  results: VotingSessionDetail | null;
  participants: Participant[];
};

export const projectorInputs = {
  'projector.snapshot': z.strictObject({ workshopId: IdSchema }),
};

export type ProjectorOutputs = {
  'projector.snapshot': ProjectorSnapshot;
};
