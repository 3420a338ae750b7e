import { z } from 'zod';
import { refusal, refusalAtMost } from '../i18n/refusals';
import { IdSchema } from '../model/ids';
import { runningStretchMs, type TimerState } from './timer';

/**
 * The day's agenda: timeboxed activities in order, one of them current. The actual time of an
 * activity is what its timer ran for (see timer.ts), which the report sets beside the plan.
 */
export const MAX_PLANNED_MINUTES = 24 * 60;

export const AgendaTitleSchema = z.string().trim().min(1, refusal('empty')).max(120, refusalAtMost('tooLong', 120));

export const PlannedMinutesSchema = z
  .number(refusal('minutes'))
  .int(refusal('wholeMinutes'))
  .min(1, refusal('atLeastAMinute'))
  .max(MAX_PLANNED_MINUTES, refusal('atMost24Hours'));

export const ActualSecondsSchema = z
  .number(refusal('seconds'))
  .int(refusal('wholeSeconds'))
  .min(0, refusal('negative'))
  .max(7 * 24 * 3600, refusal('atMostAWeek'));

export const AgendaNotesSchema = z.string().max(2000, refusalAtMost('tooLong', 2000));

export const AgendaItemDetailsSchema = z.object({
  title: AgendaTitleSchema,
  plannedMinutes: PlannedMinutesSchema,
  notes: AgendaNotesSchema,
});

export type AgendaItemDetails = z.infer<typeof AgendaItemDetailsSchema>;

export const AgendaItemSchema = AgendaItemDetailsSchema.extend({
  id: IdSchema,
  workshopId: IdSchema,
  /** 0-based place in the day. */
  position: z.number().int().min(0),
  actualSeconds: ActualSecondsSchema,
  isCurrent: z.boolean(),
});

export type AgendaItem = z.infer<typeof AgendaItemSchema>;

export function totalPlannedMinutes(items: readonly Pick<AgendaItem, 'plannedMinutes'>[]): number {
  return items.reduce((sum, item) => sum + item.plannedMinutes, 0);
}

type ActualTime = Pick<AgendaItem, 'id' | 'actualSeconds'>;

/** The time an activity has really taken so far: what its timer recorded, plus the stretch running now if the timer is its. */
export function actualMs(item: ActualTime, timer: TimerState, now: number): number {
  return item.actualSeconds * 1000 + (timer.agendaItemId === item.id ? runningStretchMs(timer, now) : 0);
}

export function totalActualMs(items: readonly ActualTime[], timer: TimerState, now: number): number {
  return items.reduce((sum, item) => sum + actualMs(item, timer, now), 0);
}

/** The ids in their new order after moving one to `toIndex` (clamped to the list). */
export function reorderIds(ids: readonly string[], id: string, toIndex: number): string[] {
  const from = ids.indexOf(id);
  if (from < 0) return [...ids];
  const rest = ids.filter((other) => other !== id);
  const at = Math.min(rest.length, Math.max(0, toIndex));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}
