import type { CatalogueShape } from '../../catalogue-shape';
import type { futureState as english } from '../en/futureState';

export const futureState = {
  panel: {
    notSaved: 'Die Karte konnte gerade nicht gespeichert werden, daher wurde die Maßnahme nicht angelegt. Versuchen Sie es gleich noch einmal.',
    tools: 'Werkzeuge für den Soll-Zustand',
    questions: 'Fragen',
    questionsLabel: 'Fragen zum Soll-Zustand',
    actions: 'Maßnahmen',
    merge_one: '{{count, number}} Schritt zu einem zusammenfassen',
    merge_other: '{{count, number}} Schritte zu einem zusammenfassen',
    mergeTitle: 'Die ausgewählten Prozessschritte zu einem zusammenfassen, als Fließfertigungszelle',
    burst: 'Ausgewählten Kaizen-Blitz zur Maßnahme machen',
    burstTitle: 'Den ausgewählten Kaizen-Blitz in eine Maßnahme des Plans verwandeln',
    mergeHint: 'Wählen Sie zwei oder mehr Prozessschritte (Umschalt+Klick), um sie zu einer Fließzelle zusammenzufassen (M).',
  },
  actions: {
    meta: '{{owner}} · {{due}}',
    noOwner: 'Niemand verantwortlich',
    noDate: 'kein Termin',
    status: 'Status von „{{what}}“',
    loading: 'Maßnahmen werden geladen…',
    intro:
      'Jeder Kaizen-Blitz auf dieser Karte wird zu einer Maßnahme: was, wer, bis wann. <plan>Öffnen Sie den Maßnahmenplan</plan>, um alle zu bearbeiten.',
    noBursts: 'Noch keine Kaizen-Blitze: Fügen Sie mit K einen hinzu, auf oder neben dem Schritt, den er verbessert.',
    bursts: 'Kaizen-Blitze',
    create: 'Maßnahme anlegen',
    another: 'Weitere Maßnahme',
    createTitle: 'Eine Maßnahme aus diesem Kaizen-Blitz anlegen',
    others: 'Weitere Maßnahmen dieser Karte',
  },
  questions: {
    loading: 'Antworten werden geladen…',
    taktFromMap: 'Aus Bedarf und Arbeitszeit der Karte: <strong>{{takt}}</strong>',
    useTakt: '{{takt}} übernehmen',
    noTakt: 'Tragen Sie Kundenbedarf und Arbeitszeit in den Karteneinstellungen ein, damit die Taktzeit berechnet wird.',
    bursts_one: '{{count, number}} Kaizen-Blitz auf dieser Karte —',
    bursts_other: '{{count, number}} Kaizen-Blitze auf dieser Karte —',
    toActions: 'in Maßnahmen verwandeln',
    notSaved: 'Eine Antwort wurde nicht gespeichert: {{problem}}',
  },
} satisfies CatalogueShape<typeof english, 'de'>;
