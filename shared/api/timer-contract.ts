import { z } from 'zod';
import { TimerCommandSchema, type TimerState } from '../facilitation/timer';
import { IdSchema } from '../model/ids';
import type { AgendaAndTimer } from './agenda-contract';

/** The workshop's timer; a command that stops it adds to the current activity's actual time. */
export const timerInputs = {
  'timer.get': z.strictObject({ workshopId: IdSchema }),
  'timer.command': z.strictObject({ workshopId: IdSchema, command: TimerCommandSchema }),
};

export type TimerOutputs = {
  'timer.get': TimerState;
  'timer.command': AgendaAndTimer;
};
