import { describe, expect, it } from 'vitest';
import { describeIssues, toInputIssues } from '../../../shared/util/input-issues';
import { MapNodeSchema } from '../../../shared/model/map-node';
import { MapSettingsSchema } from '../../../shared/model/vsm-map';
import { acmeStampingCurrentState } from '../../../shared/vsm/examples';
import { step, wait } from './build';

/** What the user reads when a value is refused: the field's path, then what is wrong with it. */
function refusal(schema: typeof MapNodeSchema | typeof MapSettingsSchema, value: unknown): string {
  const parsed = schema.safeParse(value);
  if (parsed.success) return 'accepted';
  return describeIssues(toInputIssues(parsed.error));
}

describe('field validation names the field', () => {
  it.each([
    ['process.percentCompleteAccurate', { percentCompleteAccurate: 120 }, 'must be a percentage from 0 to 100'],
    ['process.percentCompleteAccurate', { percentCompleteAccurate: -1 }, 'must be a percentage from 0 to 100'],
    ['process.uptime', { uptime: 100.5 }, 'must be a percentage from 0 to 100'],
    ['process.cycleTime', { cycleTime: -39 }, 'must not be a negative time'],
    ['process.leadTime', { leadTime: -1 }, 'must not be a negative time'],
    ['process.processTime', { processTime: Number.NaN }, 'must be a number'],
    ['process.changeoverTime', { changeoverTime: Number.POSITIVE_INFINITY }, 'must be a number'],
    ['process.availableTimePerShift', { availableTimePerShift: -27_600 }, 'must not be a negative time'],
    ['process.availableTimePerShift', { availableTimePerShift: 27_600 * 3_600 }, 'must be at most 24 h (one day)'],
    ['process.operators', { operators: -1 }, 'must not be negative'],
    ['process.batchSize', { batchSize: 0 }, 'must be greater than zero'],
  ])('%s: %j', (path, data, message) => {
    const node = { ...step('s', {}), process: data };
    expect(refusal(MapNodeSchema, node)).toBe(`${path} ${message}`);
  });

  it.each([
    ['inventory.quantity', { quantity: -5 }, 'must not be negative'],
    ['inventory.waitTime', { waitTime: -60 }, 'must not be a negative time'],
    ['inventory.waitTime', { waitTime: Number.NaN }, 'must be a number'],
  ])('%s: %j', (path, data, message) => {
    const node = { ...wait('i', {}), inventory: data };
    expect(refusal(MapNodeSchema, node)).toBe(`${path} ${message}`);
  });

  it.each([
    ['workingTimePerDay', { workingTimePerDay: 0 }, 'must be a time greater than zero'],
    ['workingTimePerDay', { workingTimePerDay: 27_600 * 3_600 }, 'must be at most 24 h (one day)'],
    ['workingTimePerDay', { workingTimePerDay: 86_401 }, 'must be at most 24 h (one day)'],
    ['workingDaysPerPeriod', { workingDaysPerPeriod: 0 }, 'must be greater than zero'],
    ['demandPerPeriod', { demandPerPeriod: -18_400 }, 'must not be negative'],
    ['demandPerPeriod', { demandPerPeriod: Number.NaN }, 'must be a number'],
  ])('settings %s: %j', (path, settings, message) => {
    expect(refusal(MapSettingsSchema, settings)).toBe(`${path} ${message}`);
  });

  it('takes a whole calendar day as the working time', () => {
    expect(refusal(MapSettingsSchema, { workingTimePerDay: 86_400 })).toBe('accepted');
  });

  it('names every bad field of one node, not just the first', () => {
    const node = { ...step('s', {}), process: { cycleTime: -1, percentCompleteAccurate: 101 } };
    expect(refusal(MapNodeSchema, node)).toBe(
      'process.cycleTime must not be a negative time; process.percentCompleteAccurate must be a percentage from 0 to 100',
    );
  });

  it('accepts nodes saved before mergedOriginIds existed, and a list of merged origins', () => {
    const [first] = acmeStampingCurrentState().nodes;
    expect(first && 'mergedOriginIds' in first).toBe(false);
    expect(refusal(MapNodeSchema, first)).toBe('accepted');
    expect(refusal(MapNodeSchema, { ...first, mergedOriginIds: ['a', 'b'] })).toBe('accepted');
    expect(refusal(MapNodeSchema, { ...first, mergedOriginIds: [''] })).toBe('mergedOriginIds[0] must not be empty');
  });
});
