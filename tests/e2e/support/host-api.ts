import type { ApiInput, ApiOutput, Channel } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/result';
import type { RunningHost } from './browser-host-process';

/**
 * Calls the running host's API from the test process, with the token of its printed address,
 * as the page would: for seeding a map without driving the UI, and for reading what was saved.
 */
export async function invokeHost<C extends Channel>(host: RunningHost, channel: C, input: ApiInput<C>): Promise<ApiOutput<C>> {
  const token = new URL(host.url).hash.replace('#token=', '');
  const response = await fetch(`${host.origin}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, Origin: host.origin },
    body: JSON.stringify({ channel, input }),
  });
  const result = (await response.json()) as ApiResult<ApiOutput<C>>;
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value;
}

/** The host's API as one typed function, for seeding helpers that take one. */
export function hostCall(host: RunningHost): <C extends Channel>(channel: C, input: ApiInput<C>) => Promise<ApiOutput<C>> {
  return (channel, input) => invokeHost(host, channel, input);
}
