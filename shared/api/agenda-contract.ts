import { z } from 'zod';
import { refusal } from '../i18n/refusals';
import {
  ActualSecondsSchema,
  AgendaItemDetailsSchema,
  AgendaNotesSchema,
  AgendaTitleSchema,
  PlannedMinutesSchema,
  type AgendaItem,
} from '../facilitation/agenda';
import type { TimerState } from '../facilitation/timer';
import { IdSchema } from '../model/ids';

/** The agenda and its timer: stopping the timer adds to its activity's actual time, so they travel together. */
export type AgendaAndTimer = { agenda: AgendaItem[]; timer: TimerState };

export const agendaInputs = {
  'agenda.list': z.strictObject({ workshopId: IdSchema }),
  /** Appends activities in order: one typed by the facilitator, or a whole template. */
  'agenda.add': z.strictObject({
    workshopId: IdSchema,
    items: z.array(AgendaItemDetailsSchema.strict()).min(1, refusal('oneActivityAtLeast')).max(100),
  }),
  'agenda.update': z.strictObject({
    id: IdSchema,
    title: AgendaTitleSchema.optional(),
    plannedMinutes: PlannedMinutesSchema.optional(),
    notes: AgendaNotesSchema.optional(),
    actualSeconds: ActualSecondsSchema.optional(),
  }),
  'agenda.move': z.strictObject({ id: IdSchema, toIndex: z.number().int().min(0) }),
  'agenda.remove': z.strictObject({ id: IdSchema }),
  /** Makes an activity current and loads its timebox into the timer, started or not; null: none current. */
  'agenda.makeCurrent': z.strictObject({ workshopId: IdSchema, itemId: IdSchema.nullable(), startTimer: z.boolean() }),
};

export type AgendaOutputs = {
  'agenda.list': AgendaItem[];
  'agenda.add': AgendaItem[];
  'agenda.update': AgendaItem[];
  'agenda.move': AgendaItem[];
  'agenda.remove': AgendaItem[];
  'agenda.makeCurrent': AgendaAndTimer;
};
