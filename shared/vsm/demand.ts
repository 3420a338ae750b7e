import type { MapSettings } from '../model/vsm-map';

/**
 * Customer demand and takt. Both refuse to guess: with demand, working days or working time
 * missing (or a demand of zero) they give null, and the diagnostics name the missing setting.
 */
export function dailyDemand(settings: MapSettings): number | null {
  const { demandPerPeriod, workingDaysPerPeriod } = settings;
  if (demandPerPeriod === undefined || demandPerPeriod <= 0 || workingDaysPerPeriod === undefined) return null;
  return demandPerPeriod / workingDaysPerPeriod;
}

/** Takt time in seconds: the available working time per day over the customer's daily demand. */
export function taktTime(settings: MapSettings): number | null {
  const demand = dailyDemand(settings);
  if (demand === null || settings.workingTimePerDay === undefined) return null;
  return settings.workingTimePerDay / demand;
}
