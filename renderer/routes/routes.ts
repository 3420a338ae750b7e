import { projectorHash } from '../../shared/facilitation/presentation';
import { isPaperSize, reportHash, type PaperSize } from '../../shared/report/report-page';
import { exhaustiveSwitchError } from '../../shared/util/exhaustive';

/** The app's screens, addressed by the URL's hash so that reloads and second windows land right. */
export type Route =
  | { screen: 'workshops' }
  | { screen: 'map'; workshopId: string; mapId: string }
  | { screen: 'projector'; workshopId: string }
  | { screen: 'compare'; workshopId: string; currentId: string; futureId: string }
  | { screen: 'actions'; workshopId: string; mapId: string }
  | { screen: 'report'; workshopId: string; paper: PaperSize };

export function parseRoute(hash: string): Route {
  const map = /^#\/workshops\/([^/]+)\/maps\/([^/]+)$/.exec(hash);
  if (map?.[1] && map[2]) return { screen: 'map', workshopId: decodeURIComponent(map[1]), mapId: decodeURIComponent(map[2]) };
  const projector = /^#\/workshops\/([^/]+)\/projector$/.exec(hash);
  if (projector?.[1]) return { screen: 'projector', workshopId: decodeURIComponent(projector[1]) };
  const compare = /^#\/workshops\/([^/]+)\/compare\/([^/]+)\/([^/]+)$/.exec(hash);
  if (compare?.[1] && compare[2] && compare[3]) {
    return {
      screen: 'compare',
      workshopId: decodeURIComponent(compare[1]),
      currentId: decodeURIComponent(compare[2]),
      futureId: decodeURIComponent(compare[3]),
    };
  }
  const actions = /^#\/workshops\/([^/]+)\/maps\/([^/]+)\/actions$/.exec(hash);
  if (actions?.[1] && actions[2]) return { screen: 'actions', workshopId: decodeURIComponent(actions[1]), mapId: decodeURIComponent(actions[2]) };
  const report = /^#\/workshops\/([^/?]+)\/report(?:\?paper=([a-z0-9]+))?$/.exec(hash);
  if (report?.[1]) return { screen: 'report', workshopId: decodeURIComponent(report[1]), paper: isPaperSize(report[2]) ? report[2] : 'a4' };
  return { screen: 'workshops' };
}

export function formatRoute(route: Route): string {
  switch (route.screen) {
    case 'workshops':
      return '#/';
    case 'map':
      return `#/workshops/${encodeURIComponent(route.workshopId)}/maps/${encodeURIComponent(route.mapId)}`;
    case 'projector':
      return projectorHash(route.workshopId);
    case 'compare': {
      const [workshopId, currentId, futureId] = [route.workshopId, route.currentId, route.futureId].map(encodeURIComponent);
      return `#/workshops/${workshopId}/compare/${currentId}/${futureId}`;
    }
    case 'actions':
      return `#/workshops/${encodeURIComponent(route.workshopId)}/maps/${encodeURIComponent(route.mapId)}/actions`;
    case 'report':
      return reportHash(route.workshopId, route.paper);
    default:
      return exhaustiveSwitchError(route, 'route');
  }
}
