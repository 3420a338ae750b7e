import { describe, expect, it } from 'vitest';
import { apiInputs } from '../../../shared/api/contract';
import type { ApiServices } from '../../../main/api/api-services';
import { createHandlers } from '../../../main/api/handlers';
import { PAGE_HOST } from '../../../main/api/host-actions';
import { createRoomService } from '../../../main/room/room-service';

/**
 * Every channel is named `<domain>.<action>` and lives in `shared/api/<domain>-contract.ts` and
 * `main/api/<domain>-handlers.ts` (`parkingLot.*` in `parking-lot-…`): a reader finds a channel's
 * schema and its handler from its name alone.
 */
const contracts = import.meta.glob<Record<string, unknown>>('../../../shared/api/*-contract.ts', { eager: true });
const handlerFiles = import.meta.glob<Record<string, unknown>>('../../../main/api/*-handlers.ts', { eager: true });

function untouchable(): never {
  throw new Error('no handler may touch the database while the table is built');
}

const services: ApiServices = {
  db: untouchable,
  clock: () => new Date(0),
  recovery: {
    status: () => {
      throw new Error('not called');
    },
    dismissProblem: () => {
      throw new Error('not called');
    },
    retry: () => Promise.reject(new Error('not called')),
    listBackups: () => [],
    backUp: () => Promise.reject(new Error('not called')),
    restore: () => Promise.reject(new Error('not called')),
  },
  host: PAGE_HOST,
  room: createRoomService({ db: untouchable, clock: () => new Date(0), announce: untouchable, interfaces: () => ({}), pageDir: '' }),
  announce: untouchable,
  dataDir: '',
};

/** `parking-lot` from `…/parking-lot-contract.ts`, as the channel prefix `parkingLot`. */
function domainOf(file: string, suffix: string): string {
  const kebab = file.slice(file.lastIndexOf('/') + 1, -`-${suffix}.ts`.length);
  return kebab.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function prefixOf(channel: string): string {
  return channel.slice(0, channel.indexOf('.'));
}

/** The one export of a domain file whose name ends with `ending`, e.g. `mapInputs`, `createMapHandlers`. */
function exportEnding(module: Record<string, unknown>, ending: string): unknown {
  const found = Object.entries(module).filter(([name]) => name.endsWith(ending));
  expect(found, `exports ending in ${ending}`).toHaveLength(1);
  return found[0]![1];
}

function channelsByFile(files: Record<string, Record<string, unknown>>, suffix: string, read: (module: Record<string, unknown>) => object) {
  return Object.entries(files).map(([file, module]) => ({ file, domain: domainOf(file, suffix), channels: Object.keys(read(module)) }));
}

const allChannels = Object.keys(apiInputs).sort();

describe('one contract file and one handler file per domain', () => {
  it('finds the files it checks', () => {
    expect(Object.keys(contracts).length).toBeGreaterThan(10);
    expect(Object.keys(handlerFiles)).toHaveLength(Object.keys(contracts).length);
  });

  it('every contract file declares only channels named after it, and together they are the whole table', () => {
    const found = channelsByFile(contracts, 'contract', (module) => exportEnding(module, 'Inputs') as object);
    for (const { file, domain, channels } of found) {
      expect(channels.length, file).toBeGreaterThan(0);
      expect(
        channels.filter((channel) => prefixOf(channel) !== domain),
        file,
      ).toEqual([]);
    }
    expect(found.flatMap(({ channels }) => channels).sort()).toEqual(allChannels);
  });

  it('every handler file answers exactly its domain’s channels, and the merged table is nothing else', () => {
    const found = channelsByFile(handlerFiles, 'handlers', (module) => {
      const create = exportEnding(module, 'Handlers') as (services: ApiServices) => object;
      return create(services);
    });
    for (const { file, domain, channels } of found) {
      expect(channels.sort(), file).toEqual(allChannels.filter((channel) => prefixOf(channel) === domain));
    }
    expect(Object.keys(createHandlers(services)).sort()).toEqual(allChannels);
  });
});
