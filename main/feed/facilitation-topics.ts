import type { Channel } from '../../shared/api/contract';
import type { FacilitationTopic } from '../../shared/sync/map-feed';

/**
 * The channels that change a workshop's people and votes, agenda and timer, parking lot, or its maps
 * and title, and the part each changes. Reads are not here, nor `presentation.update`, which every window sends when
 * it opens a map: announcing it would make the windows reload each other without end.
 */
const TOPIC_OF_CHANNEL = new Map<string, FacilitationTopic>(
  Object.entries({
    'participant.add': 'voting',
    'participant.update': 'voting',
    'participant.remove': 'voting',
    'voting.create': 'voting',
    'voting.cast': 'voting',
    'voting.retract': 'voting',
    'voting.setStatus': 'voting',
    'voting.delete': 'voting',
    'agenda.add': 'agenda',
    'agenda.update': 'agenda',
    'agenda.move': 'agenda',
    'agenda.remove': 'agenda',
    'agenda.makeCurrent': 'agenda',
    'timer.command': 'agenda',
    'parkingLot.add': 'parking-lot',
    'parkingLot.update': 'parking-lot',
    'parkingLot.remove': 'parking-lot',
    'parkingLot.parkNote': 'parking-lot',
    'parkingLot.restore': 'parking-lot',
    'room.parkIdea': 'parking-lot',
    'map.create': 'maps',
    'map.rename': 'maps',
    'map.delete': 'maps',
    'map.deriveFutureState': 'maps',
    'eventLog.createMap': 'maps',
    'workshop.update': 'maps',
  } satisfies Partial<Record<Channel, FacilitationTopic>>),
);

/** The part of a workshop a successful call on this channel changed, for the other windows' panels; null for any other call. */
export function facilitationTopicOf(channel: unknown): FacilitationTopic | null {
  return typeof channel === 'string' ? (TOPIC_OF_CHANNEL.get(channel) ?? null) : null;
}
