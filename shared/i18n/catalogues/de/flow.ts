import type { CatalogueShape } from '../../catalogue-shape';
import type { flow as english } from '../en/flow';

export const flow = {
  run: {
    throughput: 'Durchsatz',
    perDay: '{{made}} pro Tag bei einem Bedarf von {{demand}}',
    leadTime: 'Durchlaufzeit P50 · P85 · P95',
    nothingThrough: 'kein Teil kam durch',
    constraint: 'Engpass',
    constraintLoad: '{{label}} (Auslastung {{load}})',
    growing: 'Wächst ohne Grenze',
    noQueue: 'keine Warteschlange',
    queueBefore: 'die Warteschlange vor {{label}}',
  },
  bars: {
    step: 'Schritt',
    working: 'Arbeitet',
    load: 'Auslastung',
    loadTitle: 'Angebotene Arbeit im Verhältnis zur Kapazität; über 100 % kommt der Schritt nicht hinterher',
  },
  wip: {
    label_one: 'Umlaufbestand vor jedem Schritt über {{count}} Tag',
    label_other: 'Umlaufbestand vor jedem Schritt über {{count}} Tage',
    before: 'vor {{label}}',
    growing: ' (wächst)',
  },
  range: {
    label: 'Spannen der Durchlaufzeit auf einer Skala',
    span: '{{name}} — {{from}} bis {{to}}',
    none: '{{name}} — keine Spanne',
  },
} satisfies CatalogueShape<typeof english, 'de'>;
