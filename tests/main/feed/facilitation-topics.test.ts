import { afterEach, describe, expect, it } from 'vitest';
import { openAppServices, type AppServices } from '../../../main/services/app-services';
import { apiInputs, type ApiInput, type ApiOutput, type Channel } from '../../../shared/api/contract';
import { facilitationTopicOf } from '../../../main/feed/facilitation-topics';
import type { FeedEvent } from '../../../shared/sync/map-feed';
import { noSchedule, typedApi } from '../../support/api-services';
import { seedFullWorkshop } from '../../support/full-workshop';
import { useTempDir } from '../../support/temp-dir';

const channels = Object.keys(apiInputs);
const isRead = (channel: string) => /\.(list|get)$/.test(channel);

describe('which calls tell the other windows that a workshop’s side panels changed', () => {
  it('every write to the people, votes, agenda, timer or parking lot, including channels added later', () => {
    const writes = channels.filter((channel) => /^(participant|voting|agenda|timer|parkingLot)\./.test(channel) && !isRead(channel));
    expect(writes.length).toBeGreaterThan(15);
    for (const channel of writes) expect(facilitationTopicOf(channel), channel).not.toBeNull();
  });

  it('no read, no map edit, and not the projector’s follow-the-map that every window sends as it opens', () => {
    for (const channel of channels.filter(isRead)) expect(facilitationTopicOf(channel), channel).toBeNull();
    for (const channel of ['map.applyChanges', 'presentation.update', 'room.ideas', 'nonsense', '__proto__']) {
      expect(facilitationTopicOf(channel), channel).toBeNull();
    }
    expect(facilitationTopicOf(42)).toBeNull();
  });

  it('names the part that changed', () => {
    expect(facilitationTopicOf('participant.add')).toBe('voting');
    expect(facilitationTopicOf('timer.command')).toBe('agenda');
    expect(facilitationTopicOf('room.parkIdea')).toBe('parking-lot');
    for (const channel of ['map.create', 'map.rename', 'map.delete', 'map.deriveFutureState', 'eventLog.createMap', 'workshop.update']) {
      expect(facilitationTopicOf(channel), channel).toBe('maps');
    }
  });
});

describe('which workshop a side-panel change names, so windows on other workshops let it pass', () => {
  const tempDir = useTempDir();
  let services: AppServices | null = null;
  afterEach(async () => {
    await services?.close();
    services = null;
  });

  it('every write names its own workshop, a delete too (read before the row goes), and a refused write announces nothing', async () => {
    const opened = openAppServices(tempDir(), { scheduler: noSchedule });
    services = opened;
    await opened.started;
    const { ok, call } = typedApi(opened);
    await seedFullWorkshop(ok, 'Another workshop');
    const events: FeedEvent[] = [];
    const stop = opened.feed.subscribe((event) => events.push(event));
    const heard = new Map<string, Set<string>>();
    const watched = async <C extends Channel>(channel: C, input: ApiInput<C>): Promise<ApiOutput<C>> => {
      const before = events.length;
      const value = await ok(channel, input);
      for (const event of events.slice(before)) {
        if (event.type === 'facilitation') heard.set(channel, new Set([...(heard.get(channel) ?? []), event.workshopId]));
      }
      return value;
    };

    const ours = await seedFullWorkshop(watched, 'This workshop');
    const { workshopId } = ours;
    const people = await watched('participant.list', { workshopId });
    await watched('participant.update', { id: people[0]!.id, name: 'Ana María López' });
    const again = await watched('voting.create', {
      workshopId,
      mapId: ours.currentId,
      setup: { title: 'Again', targetKinds: ['sticky-note'], votesPerParticipant: 3, maxVotesPerItem: 2, visibility: 'open', mode: 'open-clicking' },
    });
    const ballot = { sessionId: again.id, participantId: people[0]!.id, nodeId: 'note-setup' };
    await watched('voting.cast', { ...ballot, writeId: 'click-cast-0001' });
    await watched('voting.retract', { ...ballot, writeId: 'click-retract-0001' });
    await watched('voting.delete', { sessionId: again.id });
    await watched('voting.delete', { sessionId: ours.sessionId });
    await watched('participant.remove', { id: people[1]!.id });
    const agenda = await watched('agenda.list', { workshopId });
    await watched('agenda.update', { id: agenda[0]!.id, title: 'Walk the whole floor' });
    await watched('agenda.move', { id: agenda[0]!.id, toIndex: 1 });
    await watched('agenda.remove', { id: agenda[0]!.id });
    await watched('timer.command', { workshopId, command: { type: 'pause' } });
    const [parked, typed] = await watched('parkingLot.list', { workshopId });
    await watched('parkingLot.update', { id: typed!.id, text: 'Ask finance about stock cost' });
    await watched('parkingLot.restore', { itemId: parked!.id, mapId: ours.currentId, at: { x: 100, y: 100 } });
    await watched('parkingLot.remove', { id: typed!.id });
    await watched('map.create', { workshopId, name: 'Spare', state: 'current', template: 'blank' });
    await watched('map.rename', { mapId: ours.futureId, name: 'Next year' });
    await watched('map.delete', { mapId: ours.futureId });
    await watched('workshop.update', { id: workshopId, title: 'This workshop, day two' });
    stop();

    const untested = ['room.parkIdea', 'eventLog.createMap'];
    const writes = channels.filter((channel) => facilitationTopicOf(channel) !== null && !untested.includes(channel));
    for (const channel of writes) expect([...(heard.get(channel) ?? [])], channel).toEqual([workshopId]);
    for (const channel of heard.keys()) expect(facilitationTopicOf(channel), channel).not.toBeNull();

    const count = events.length;
    expect((await call('participant.remove', { id: people[1]!.id })).ok).toBe(false);
    expect((await call('voting.delete', { sessionId: ours.sessionId })).ok).toBe(false);
    expect(events.slice(count).filter((event) => event.type === 'facilitation')).toEqual([]);
  });
});
