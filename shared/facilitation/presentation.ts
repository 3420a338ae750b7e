import { z } from 'zod';
import { IdSchema } from '../model/ids';

/**
 * What the projector window shows, set by the facilitator's screen and polled by the projector:
 * the map on the wall, and whether a revealed vote's results are shown with it.
 */
export const PRESENTATION_VIEWS = ['map', 'dots', 'heat'] as const;

export type PresentationView = (typeof PRESENTATION_VIEWS)[number];

export const PresentationStateSchema = z.object({
  mapId: IdSchema.nullable(),
  /** A revealed voting session whose ranking is shown beside the map; null for none. */
  resultsSessionId: IdSchema.nullable(),
  /** How the results are drawn on the map: not at all, as dots, or as a heat view. */
  view: z.enum(PRESENTATION_VIEWS),
});

export type PresentationState = z.infer<typeof PresentationStateSchema>;

export const DEFAULT_PRESENTATION: PresentationState = { mapId: null, resultsSessionId: null, view: 'map' };

/** The address (hash route) of a workshop's projector view, for the renderer's router and the Electron shell. */
export function projectorHash(workshopId: string): string {
  return `#/workshops/${encodeURIComponent(workshopId)}/projector`;
}
