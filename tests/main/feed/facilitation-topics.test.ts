import { describe, expect, it } from 'vitest';
import { apiInputs } from '../../../shared/api/contract';
import { facilitationTopicOf } from '../../../main/feed/facilitation-topics';

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
