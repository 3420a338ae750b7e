import type { CatalogueShape } from '../../catalogue-shape';
import type { figures as english } from '../en/figures';

export const figures = {
  verdict: { better: 'Besser', worse: 'Schlechter', same: 'Unverändert', changed: 'Geändert', unknown: 'Unbekannt' },
  field: {
    text: 'Name',
    cycleTime: 'Zykluszeit',
    cycleTimeMin: 'Zykluszeit im besten Fall',
    cycleTimeMax: 'Zykluszeit im schlechtesten Fall',
    changeoverTime: 'Rüstzeit',
    uptime: 'Verfügbarkeit',
    operators: 'Mitarbeitende',
    shifts: 'Schichten',
    availableTimePerShift: 'Verfügbare Zeit pro Schicht',
    batchSize: 'Losgröße',
    processTime: 'Bearbeitungszeit',
    leadTime: 'Durchlaufzeit',
    percentCompleteAccurate: '%C&A',
  },
  fieldChange: '{{field}}: {{before}} → {{after}}',
  mark: {
    removedStep: 'Entfernter Schritt',
    newStep: 'Neuer Schritt',
    changed: 'Geändert',
    splitFrom: 'Aufgeteilt aus {{label}}',
    merged_one: '{{count}} Schritt zusammengelegt zu {{cells}}',
    merged_other: '{{count}} Schritte zusammengelegt zu {{cells}}',
    removed: 'Entfernt: {{kind}}',
    removedWith: 'Entfernt: {{kind}}, {{details}}',
    between: 'zwischen {{before}} und {{after}}',
    after: 'nach {{before}}',
    before: 'vor {{after}}',
  },
  legend: {
    merged: '{{count}} zusammengelegt',
    changed: '{{count}} geändert',
    added: '{{count}} neu',
    removed: '{{count}} entfernt',
    split: '{{count}} aufgeteilt',
  },
  dayLength: 'Ein Tag (d) entspricht {{hours}} h Arbeitszeit.',
  dayLengthUnset: 'Ein Tag (d) entspricht {{hours}} h Arbeitszeit (in der Ist-Zustands-Karte ist keine Arbeitszeit pro Tag angegeben).',
} satisfies CatalogueShape<typeof english, 'de'>;
