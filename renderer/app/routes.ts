/** The app's screens, addressed by the URL's hash so that reloads and second windows land right. */
export type Route =
  | { screen: 'workshops' }
  | { screen: 'map'; workshopId: string; mapId: string };

export function parseRoute(hash: string): Route {
  const map = /^#\/workshops\/([^/]+)\/maps\/([^/]+)$/.exec(hash);
  if (map?.[1] && map[2]) return { screen: 'map', workshopId: decodeURIComponent(map[1]), mapId: decodeURIComponent(map[2]) };
  return { screen: 'workshops' };
}

export function formatRoute(route: Route): string {
  switch (route.screen) {
    case 'workshops':
      return '#/';
    case 'map':
      return `#/workshops/${encodeURIComponent(route.workshopId)}/maps/${encodeURIComponent(route.mapId)}`;
  }
}
