import type { InboundQueue, LineModel, Station, TimeDistribution } from '../../../shared/flow/simulation/line-model';

/** Hand-written lines for the tests against queueing theory. */
export function pushQueue(): InboundQueue {
  return { stockIds: [], label: '', discipline: 'push', capacity: Infinity, initial: 0, initialSpacing: 0, delay: null };
}

export function station(nodeId: string, service: TimeDistribution, extra: Partial<Station> = {}): Station {
  return {
    nodeId,
    label: nodeId,
    inbound: pushQueue(),
    service,
    servers: 1,
    batchSize: 1,
    changeover: 0,
    uptime: 1,
    availability: 1,
    rework: [],
    detour: false,
    ...extra,
  };
}

export function line(stations: Station[], interval: TimeDistribution, daySeconds = 1_000): LineModel {
  return { stations, releases: { interval, dailyPattern: [] }, exitDelay: null, daySeconds, repairTime: 60 };
}
