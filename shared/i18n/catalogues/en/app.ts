/** renderer/app: the frame around every screen. English is the reference every other language must match. */
export const app = {
  appName: 'Value Stream Workshop',
  needsAddress: 'This page needs the address the app printed when it started (it ends in #token=…). Open that address again.',
  hostUnreachable: 'The app is not running or cannot be reached; try again when it is back.',
} as const;
