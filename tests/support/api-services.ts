import crypto from 'node:crypto';
import fs from 'node:fs';
import type { AppServices } from '../../main/services/app-services';
import type { ApiInput, ApiOutput, Channel } from '../../shared/api/contract';
import type { RecoveryStatus } from '../../shared/api/recovery-contract';
import type { ApiResult } from '../../shared/api/result';
import type { WorkshopSummary } from '../../shared/api/workshop-contract';

/** A scheduler that never runs anything, so no timed backup interferes with what a test checks. */
export const noSchedule = () => () => undefined;

/** The value of an API call that must succeed; a failure ends the test with the error's code and message. */
export function apiValue<T>(result: ApiResult<unknown>): T {
  if (!result.ok) throw new Error(`API call failed: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

export const fileSha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

export async function addWorkshop(services: AppServices, title: string): Promise<void> {
  apiValue(await services.dispatch('workshop.create', { title, date: '2026-11-25', facilitator: 'Dana' }));
}

/** The titles of the workshops the store lists, sorted. */
export async function workshopTitles(services: AppServices): Promise<string[]> {
  return apiValue<WorkshopSummary[]>(await services.dispatch('workshop.list', {}))
    .map((workshop) => workshop.title)
    .sort();
}

export async function recoveryStatus(services: AppServices): Promise<RecoveryStatus> {
  return apiValue<RecoveryStatus>(await services.dispatch('recovery.status', {}));
}

/** Calls on `services` typed by channel: `call` returns the result, `ok` the value of one that must succeed. */
export function typedApi(services: AppServices) {
  const call = async <C extends Channel>(channel: C, input: ApiInput<C>): Promise<ApiResult<ApiOutput<C>>> =>
    (await services.dispatch(channel, input)) as ApiResult<ApiOutput<C>>;
  const ok = async <C extends Channel>(channel: C, input: ApiInput<C>): Promise<ApiOutput<C>> => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
  return { call, ok };
}
