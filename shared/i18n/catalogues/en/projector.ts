/** renderer/projector: the projector screen. English is the reference every other language must match. */
export const projector = {
  documentTitle: 'Projector — {{app}}',
  workshopDocumentTitle: '{{workshop}} — projector',
  waiting: 'Waiting for the app: {{problem}}',
  connecting: 'Connecting…',
  label: 'Projector view',
  noMap: 'No map to show yet.',
  reconnecting: 'Reconnecting to the app…',
  results: 'Results',
  emptyMap: 'The map is empty.',
} as const;
