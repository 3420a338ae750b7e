/** Words many screens share: buttons such as Cancel and Close, generic messages. English is the reference every other language must match. */
export const common = {
  cancel: 'Cancel',
  save: 'Save',
  dismissMessage: 'Dismiss message',
  backToMap: '← Back to the map',
  backToMapTitle: 'Back to the map this was opened from',
  pleaseCheck: 'Please check: {{problems}}',
  updated: {
    justNow: 'just now',
    minutesAgo_one: '{{count}} min ago',
    minutesAgo_other: '{{count}} min ago',
    today: 'today {{time}}',
  },
  close: 'Close',
  colours: {
    yellow: 'yellow',
    pink: 'pink',
    blue: 'blue',
    green: 'green',
    orange: 'orange',
    purple: 'purple',
  },
} as const;
