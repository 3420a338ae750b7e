import { z } from 'zod';
import type { ActionDescriptor } from './action-descriptor';
import { ADD_DESCRIPTORS } from './add-descriptors';
import { ARRANGE_DESCRIPTORS } from './arrange-descriptors';
import { CONNECT_DESCRIPTORS } from './connect-descriptors';
import { EDIT_DESCRIPTORS } from './edit-descriptors';
import { FACILITATION_DESCRIPTORS } from './facilitation-descriptors';
import { VIEW_DESCRIPTORS } from './view-descriptors';

/** Every action of the map screen, once, as data: the renderer's registry and the desktop menu both read this table. */
export const MAP_ACTION_DESCRIPTORS = {
  ...ADD_DESCRIPTORS,
  ...CONNECT_DESCRIPTORS,
  ...EDIT_DESCRIPTORS,
  ...ARRANGE_DESCRIPTORS,
  ...FACILITATION_DESCRIPTORS,
  ...VIEW_DESCRIPTORS,
} satisfies Record<string, ActionDescriptor>;

export type MapActionId = keyof typeof MAP_ACTION_DESCRIPTORS;

export const MAP_ACTION_IDS = Object.keys(MAP_ACTION_DESCRIPTORS) as MapActionId[];

export function actionDescriptor(id: MapActionId): ActionDescriptor {
  return MAP_ACTION_DESCRIPTORS[id];
}

/** An action id arriving from another process (the desktop menu), checked before it runs. */
export const MapActionIdSchema = z.enum(MAP_ACTION_IDS);
