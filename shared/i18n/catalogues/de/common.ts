import type { CatalogueShape } from '../../catalogue-shape';
import type { common as english } from '../en/common';

export const common = {
  cancel: 'Abbrechen',
  save: 'Speichern',
  dismissMessage: 'Meldung schließen',
  backToMap: '← Zurück zur Karte',
  backToMapTitle: 'Zurück zur Karte, von der aus dies geöffnet wurde',
  pleaseCheck: 'Bitte prüfen: {{problems}}',
  updated: {
    justNow: 'gerade eben',
    minutesAgo_one: 'vor {{count}} Min.',
    minutesAgo_other: 'vor {{count}} Min.',
    today: 'heute {{time}}',
  },
  close: 'Schließen',
  colours: {
    yellow: 'Gelb',
    pink: 'Rosa',
    blue: 'Blau',
    green: 'Grün',
    orange: 'Orange',
    purple: 'Lila',
  },
} satisfies CatalogueShape<typeof english, 'de'>;
