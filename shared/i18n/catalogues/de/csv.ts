import type { CatalogueShape } from '../../catalogue-shape';
import type { csv as english } from '../en/csv';

export const csv = {
  yes: 'ja',
  no: 'nein',
  figures: { map: 'Karte', state: 'Zustand', step: 'Prozessschritt', measure: 'Kennzahl', value: 'Wert', unit: 'Einheit', shown: 'Wie angezeigt' },
  unit: { seconds: 's', count: 'Anzahl', ratio: 'Anteil', percent: '%' },
  state: { current: 'Ist', future: 'Soll' },
  votes: {
    vote: 'Abstimmung',
    map: 'Karte',
    status: 'Status',
    rank: 'Rang',
    tied: 'Gleichstand',
    item: 'Punkt auf der Karte',
    dots: 'Punkte',
    byPerson: 'Punkte je Person',
    stillOpen: '(Abstimmung läuft noch)',
  },
  voteStatus: { open: 'läuft', closed: 'beendet', revealed: 'aufgedeckt' },
  actions: {
    action: 'Maßnahme',
    improves: 'Verbessert Schritt',
    burst: 'Aus Kaizen-Blitz',
    owner: 'Verantwortlich',
    due: 'Fällig',
    status: 'Status',
    overdue: 'Überfällig',
    futureState: 'Soll-Zustand',
  },
} satisfies CatalogueShape<typeof english, 'de'>;
