import { projectorHash } from '../../shared/facilitation/presentation';

/** The app's screens, addressed by the URL's hash so that reloads and second windows land right. */
export type Route =
  | { screen: 'workshops' }
  | { screen: 'map'; workshopId: string; mapId: string }
  | { screen: 'projector'; workshopId: string };

export function parseRoute(hash: string): Route {
  const map = /^#\/workshops\/([^/]+)\/maps\/([^/]+)$/.exec(hash);
  if (map?.[1] && map[2]) return { screen: 'map', workshopId: decodeURIComponent(map[1]), mapId: decodeURIComponent(map[2]) };
  const projector = /^#\/workshops\/([^/]+)\/projector$/.exec(hash);
  if (projector?.[1]) return { screen: 'projector', workshopId: decodeURIComponent(projector[1]) };
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
  }
}
