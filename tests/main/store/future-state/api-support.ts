import { afterEach } from 'vitest';
import { openAppServices, type AppServices } from '../../../../main/services/app-services';
import type { ApiInput, ApiOutput, Channel } from '../../../../shared/api/contract';
import type { ApiError } from '../../../../shared/api/result';
import type { MapDocument } from '../../../../shared/model/vsm-map';
import { seedAcmeWorkshop } from '../../../support/full-workshop';
import { useTempDir } from '../../../support/temp-dir';

export type Api = {
  services: AppServices;
  call: <C extends Channel>(channel: C, input: ApiInput<C>) => Promise<ApiOutput<C>>;
  refusal: (channel: Channel, input: unknown) => Promise<ApiError>;
};

/** The app's API on a fresh data folder per test, through dispatch (input validation included). */
export function useApi(): () => Promise<Api> {
  const tempDir = useTempDir();
  const open: AppServices[] = [];
  afterEach(async () => {
    for (const services of open.splice(0)) await services.close();
  });
  return async () => {
    let tick = 0;
    const clock = () => new Date(Date.UTC(2026, 10, 25, 9, 0, tick++));
    const services = openAppServices(tempDir(), { clock, scheduler: () => () => undefined, log: () => undefined });
    open.push(services);
    await services.started;
    return {
      services,
      call: async (channel, input) => {
        const result = await services.dispatch(channel, input);
        if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
        return result.value as ApiOutput<typeof channel>;
      },
      refusal: async (channel, input) => {
        const result = await services.dispatch(channel, input);
        if (result.ok) throw new Error(`${channel} was accepted`);
        return result.error;
      },
    };
  };
}

/** A workshop whose current-state map holds the Acme Stamping example (ids as in the example). */
export function acmeWorkshop(api: Api): Promise<{ workshopId: string; currentId: string; current: MapDocument }> {
  return seedAcmeWorkshop(api.call);
}
