import type { InventoryData, ProcessData } from '../model/map-node';
import type { MapSettings } from '../model/vsm-map';
import { workingDaySeconds } from './units';

/**
 * How a step's times are read from whichever fields the room filled in, so that one map can mix
 * Learning to See's data boxes and Martin & Osterling's office boxes:
 *
 * - process time (value-adding, the bottom of the ladder) = processTime ?? cycleTime;
 * - lead time (the step's own queue plus its work)        = leadTime ?? process time, and never
 *   less than the process time: a lead time shorter than the work is contradictory, so the
 *   process time is used and the diagnostics report it;
 * - cycle time (held against takt)                        = cycleTime ?? processTime. A cell's
 *   cycle time can be far below its work content (three operators share 168 s at 56 s each),
 *   which is why takt uses cycle time first and the ladder uses process time first.
 *
 * A stock waits for its explicit waitTime, else quantity / daily demand working days. A step
 * whose leadTime already includes its queue should not also get an inventory drawn before it, or
 * that queue counts twice.
 */
export type StepTimes = {
  processTime: number | null;
  leadTime: number | null;
  cycleTime: number | null;
  leadTimeBelowProcessTime: boolean;
};

export function stepTimes(process: ProcessData): StepTimes {
  const processTime = process.processTime ?? process.cycleTime ?? null;
  const cycleTime = process.cycleTime ?? process.processTime ?? null;
  const statedLead = process.leadTime ?? null;
  const leadTimeBelowProcessTime = statedLead !== null && processTime !== null && statedLead < processTime;
  const leadTime = leadTimeBelowProcessTime ? processTime : (statedLead ?? processTime);
  return { processTime, leadTime, cycleTime, leadTimeBelowProcessTime };
}

export type WaitSource = 'wait-time' | 'quantity';

export type StockWait = { seconds: number; source: WaitSource } | { seconds: null; source: null };

export function stockWait(inventory: InventoryData, demandPerDay: number | null, settings: Pick<MapSettings, 'workingTimePerDay'>): StockWait {
  if (inventory.waitTime !== undefined) return { seconds: inventory.waitTime, source: 'wait-time' };
  if (inventory.quantity !== undefined && demandPerDay !== null) {
    return { seconds: (inventory.quantity / demandPerDay) * workingDaySeconds(settings), source: 'quantity' };
  }
  return { seconds: null, source: null };
}
