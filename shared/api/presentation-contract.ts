import { z } from 'zod';
import type { AgendaItem } from '../facilitation/agenda';
import type { Participant } from '../facilitation/participant';
import { PRESENTATION_VIEWS, type PresentationState } from '../facilitation/presentation';
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

/**
 * Who opens the projector window: the desktop app's main process (a second window on the second
 * display), or the page itself (the browser host, where only the page can open a tab).
 */
export type ProjectorOpening = { openedBy: 'host' | 'page' };

export const presentationInputs = {
  'presentation.get': z.strictObject({ workshopId: IdSchema }),
  'presentation.update': z.strictObject({
    workshopId: IdSchema,
    mapId: IdSchema.nullable().optional(),
    resultsSessionId: IdSchema.nullable().optional(),
    view: z.enum(PRESENTATION_VIEWS).optional(),
  }),
  'projector.snapshot': z.strictObject({ workshopId: IdSchema }),
  'app.openProjector': z.strictObject({ workshopId: IdSchema }),
};

export type PresentationOutputs = {
  'presentation.get': PresentationState;
  'presentation.update': PresentationState;
  'projector.snapshot': ProjectorSnapshot;
  'app.openProjector': ProjectorOpening;
};
