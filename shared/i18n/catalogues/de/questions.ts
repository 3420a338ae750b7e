import type { CatalogueShape } from '../../catalogue-shape';
import type { questions as english } from '../en/questions';

export const questions = {
  takt: {
    title: 'Wie hoch ist die Taktzeit?',
    hint: 'Verfügbare Arbeitszeit pro Tag geteilt durch den Kundenbedarf pro Tag: das Tempo, das der Kunde vorgibt.',
  },
  finishedGoods: {
    title: 'In einen Fertigwarensupermarkt produzieren oder direkt versenden?',
    hint: 'Entnimmt der Kunde aus einem Supermarkt mit Fertigwaren, oder fertigt der letzte Schritt auf Auftrag direkt in den Versand?',
  },
  continuousFlow: {
    title: 'Wo ist kontinuierliche Fließfertigung möglich?',
    hint: 'Welche Schritte lassen sich so verbinden, dass die Arbeit Stück für Stück weiterfließt, ohne Bestand dazwischen?',
  },
  supermarketPull: {
    title: 'Wo werden Supermarkt-Pull-Systeme gebraucht?',
    hint: 'Wo der Fluss unterbrochen werden muss (Rüstvorgänge, entfernte oder geteilte Prozesse): Welche Supermärkte steuern, was vorgelagert produziert wird?',
  },
  pacemaker: {
    title: 'Welcher einzelne Prozess ist der Schrittmacher?',
    hint: 'Der eine Punkt, der den Kundenauftrag erhält; alles danach fließt, alles davor wird gezogen.',
  },
  levelMix: {
    title: 'Wie wird der Produktmix am Schrittmacher nivelliert?',
    hint: 'Die verschiedenen Produkte gleichmäßig über den Tag verteilen, statt sie in Losen zu fertigen: wie, und womit (einem Heijunka-Board)?',
  },
  levelVolume: {
    title: 'Welche Arbeitsmenge wird am Schrittmacher freigegeben und abgeholt?',
    hint: 'Der Pitch: eine gleichbleibende, kleine Arbeitsmenge (Packmenge mal Taktzeit), die in festen Abständen freigegeben und entnommen wird.',
  },
  processImprovements: {
    title: 'Welche Prozessverbesserungen sind nötig?',
    hint: 'Rüstzeit, Verfügbarkeit, Qualität, Arbeitsinhalt: Was muss besser werden, damit der Wertstrom wie geplant fließt? Markieren Sie jede mit einem Kaizen-Blitz.',
  },
} satisfies CatalogueShape<typeof english, 'de'>;
