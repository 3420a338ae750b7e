import type { CatalogueShape } from '../../catalogue-shape';
import type { mapActions as english } from '../en/mapActions';

export const mapActions = {
  actions: {
    'add-note': {
      label: 'Haftnotiz hinzufügen',
      description: 'Eine Haftnotiz am Mauszeiger hinzufügen',
    },
    'add-process': {
      label: 'Prozesskasten hinzufügen',
      description: 'Einen Prozesskasten am Mauszeiger hinzufügen',
    },
    'add-inventory': {
      label: 'Bestandsdreieck hinzufügen',
      description: 'Ein Bestandsdreieck am Mauszeiger hinzufügen',
    },
    'add-kaizen-burst': {
      label: 'Kaizen-Blitz hinzufügen',
      description: 'Einen Kaizen-Blitz am Mauszeiger hinzufügen',
    },
    'add-text': {
      label: 'Freitext hinzufügen (Anmerkung)',
      description: 'Freitext (eine Anmerkung) am Mauszeiger hinzufügen',
    },
    'add-node': {
      label: 'Symbol hinzufügen',
      description: 'Das in der Palette angeklickte (oder auf die Karte gezogene) Symbol hinzufügen',
    },
    'start-from-example': {
      label: 'Mit einem Beispiel beginnen',
      description: 'Eine leere Karte mit einem durchgerechneten Beispiel füllen',
    },
    'select-tool': {
      label: 'Auswählen und verschieben',
      description: 'Werkzeug zum Auswählen und Verschieben',
    },
    'connect-tool': {
      label: 'Verbinden',
      description: 'Verbindungswerkzeug: von einem Element zum anderen ziehen oder klicken',
    },
    'pick-connector': {
      label: 'Pfeile zeichnen',
      description: 'Die Pfeilart wählen, die das Verbindungswerkzeug zeichnet, und das Werkzeug nehmen',
    },
    'connect-selected': {
      label: 'In Auswahlreihenfolge verbinden',
      description: 'Die ausgewählten Elemente in der Reihenfolge ihrer Auswahl verbinden',
    },
    'edit-text': {
      label: 'Text bearbeiten',
      description: 'Den Text des ausgewählten Elements bearbeiten (erneut Eingabe übernimmt ihn; Umschalt+Eingabe beginnt eine neue Zeile)',
    },
    delete: {
      label: 'Auswahl löschen',
      description: 'Die Auswahl löschen (die Schritte beidseits eines gelöschten Bestands bleiben verbunden)',
    },
    duplicate: {
      label: 'Duplizieren',
      description: 'Die Auswahl duplizieren',
    },
    copy: {
      label: 'Kopieren',
      description: 'Die Auswahl kopieren',
    },
    cut: {
      label: 'Ausschneiden',
      description: 'Die Auswahl ausschneiden',
    },
    paste: {
      label: 'Einfügen',
      description: 'Einfügen (in diese oder eine andere Karte)',
    },
    undo: {
      label: 'Rückgängig',
      description: 'Rückgängig machen',
    },
    redo: {
      label: 'Wiederholen',
      description: 'Wiederholen',
    },
    'select-all': {
      label: 'Alles auswählen',
      description: 'Alles auswählen',
    },
    deselect: {
      label: 'Nichts auswählen',
      description: 'Nichts auswählen; das Verbindungswerkzeug, eine Auswahl auf der Karte oder die Präsentation verlassen',
    },
    recolor: {
      label: 'Farbe',
      description: 'Den ausgewählten Notizen eine Farbe geben',
    },
    'nudge-left': {
      label: 'Nach links',
      description: 'Die Auswahl nach links schieben (Umschalt: weiter); ohne Auswahl nach links schauen',
    },
    'nudge-right': {
      label: 'Nach rechts',
      description: 'Die Auswahl nach rechts schieben (Umschalt: weiter); ohne Auswahl nach rechts schauen',
    },
    'nudge-up': {
      label: 'Nach oben',
      description: 'Die Auswahl nach oben schieben (Umschalt: weiter); ohne Auswahl nach oben schauen',
    },
    'nudge-down': {
      label: 'Nach unten',
      description: 'Die Auswahl nach unten schieben (Umschalt: weiter); ohne Auswahl nach unten schauen',
    },
    'align-left': {
      label: 'Links ausrichten',
      description: 'Linke Kanten ausrichten',
    },
    'align-centre': {
      label: 'Mittig ausrichten',
      description: 'Mitten ausrichten',
    },
    'align-right': {
      label: 'Rechts ausrichten',
      description: 'Rechte Kanten ausrichten',
    },
    'align-top': {
      label: 'Oben ausrichten',
      description: 'Obere Kanten ausrichten',
    },
    'align-middle': {
      label: 'Vertikal mittig ausrichten',
      description: 'Vertikale Mitten ausrichten',
    },
    'align-bottom': {
      label: 'Unten ausrichten',
      description: 'Untere Kanten ausrichten',
    },
    'distribute-horizontal': {
      label: 'Horizontal verteilen',
      description: 'Gleichmäßig von links nach rechts verteilen',
    },
    'distribute-vertical': {
      label: 'Vertikal verteilen',
      description: 'Gleichmäßig von oben nach unten verteilen',
    },
    'bring-to-front': {
      label: 'In den Vordergrund',
      description: 'In den Vordergrund bringen',
    },
    'send-to-back': {
      label: 'In den Hintergrund',
      description: 'In den Hintergrund schicken',
    },
    'toggle-snap': {
      label: 'Am Raster ausrichten',
      description: 'Einrasten am Raster ein oder aus (Alt beim Ziehen halten, um frei zu platzieren)',
    },
    merge: {
      label: 'Schritte zusammenfassen',
      description: 'Im Soll-Zustand: die ausgewählten Prozessschritte zu einer Fließzelle zusammenfassen',
    },
    'timer-toggle': {
      label: 'Timer starten, anhalten oder fortsetzen',
      description: 'Timer starten, anhalten oder fortsetzen',
    },
    'timer-add-minute': {
      label: 'Eine Minute hinzufügen',
      description: 'Eine Minute mehr',
    },
    'timer-remove-minute': {
      label: 'Eine Minute abziehen',
      description: 'Eine Minute weniger',
    },
    'timer-reset': {
      label: 'Timer zurücksetzen',
      description: 'Den Timer zurücksetzen',
    },
    'zoom-in': {
      label: 'Vergrößern',
      description: 'Vergrößern (oder Strg + Mausrad, oder mit zwei Fingern)',
    },
    'zoom-out': {
      label: 'Verkleinern',
      description: 'Verkleinern',
    },
    'zoom-reset': {
      label: 'Auf 100 % zoomen',
      description: 'Auf 100 % zoomen',
    },
    'zoom-fit': {
      label: 'Ganze Karte zeigen',
      description: 'So zoomen, dass die ganze Karte passt',
    },
    'zoom-selection': {
      label: 'Auswahl zeigen',
      description: 'Auf die Auswahl zoomen',
    },
    'hold-to-pan': {
      label: 'Verschieben der Ansicht',
      description: 'Halten und ziehen, um die Ansicht zu verschieben (oder mit der mittleren Taste ziehen, oder mit zwei Fingern scrollen)',
    },
    present: {
      label: 'Präsentieren',
      description: 'Präsentieren: Werkzeuge ausblenden (Esc beendet)',
    },
    shortcuts: {
      label: 'Tastenkürzel',
      description: 'Diese Tastenkürzel anzeigen',
    },
    'open-settings': {
      label: 'Einstellungen …',
      description: 'Die Einstellungen öffnen: Sprache, Zahlen und Daten, Datenordner',
    },
  },
  groups: {
    add: 'Hinzufügen',
    connect: 'Verbinden',
    edit: 'Bearbeiten',
    arrange: 'Anordnen',
    futureState: 'Soll-Zustand',
    view: 'Ansicht',
    timer: 'Timer',
  },
  keyNames: {
    ctrl: 'Strg',
    shift: 'Umschalt',
    alt: 'Alt',
    delete: 'Entf',
    enter: 'Eingabe',
    space: 'Leertaste',
    esc: 'Esc',
    or: 'oder',
  },
  tooltip: '{{label}} ({{keys}})',
  edits: {
    startFromExample: 'Mit Beispiel beginnen',
    move: 'Verschieben',
    align: 'Ausrichten',
    distribute: 'Verteilen',
    connect: 'Verbinden',
    delete: 'Löschen',
    duplicate: 'Duplizieren',
    colour: 'Farbe',
    merge: 'Schritte zusammenfassen',
    add: 'Hinzufügen',
  },
} satisfies CatalogueShape<typeof english, 'de'>;
