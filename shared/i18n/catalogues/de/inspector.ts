import type { CatalogueShape } from '../../catalogue-shape';
import type { inspector as english } from '../en/inspector';

export const inspector = {
  label: 'Inspektor',
  show: 'Inspektor einblenden',
  showTitle: 'Inspektor einblenden: Daten, Einstellungen, Pfeilarten',
  hide: 'Inspektor ausblenden',
  hideTitle: 'Inspektor ausblenden, damit die Karte mehr Platz hat',
  findings: 'Hinweise',
  locked: {
    presenting: 'Präsentation: Die Karte kann nicht geändert werden.',
    votingTurn: 'Gesperrt, während jemand abstimmt: Nur Punkte können gesetzt werden. Die Sperre endet mit dem Durchgang.',
    readOnly: 'Diese Karte ist hier schreibgeschützt.',
  },
  edits: {
    data: 'Daten bearbeiten',
    text: 'Text bearbeiten',
    colour: 'Farbe',
    waste: 'Verschwendung',
    label: 'Beschriftung bearbeiten',
    arrowKind: 'Pfeilart',
    reworkRate: 'Nacharbeitsquote',
    reverse: 'Pfeil umkehren',
    settings: 'Karteneinstellungen',
  },
  node: {
    processName: 'Prozessname',
    text: 'Text',
    noteColour: 'Notizfarbe',
    colour: 'Farbe',
    waste: 'Verschwendung',
    noWaste: 'Keine',
  },
  connector: {
    heading: 'Pfeil: {{name}}',
    fromTo: 'Von „{{from}}“ nach „{{to}}“',
    kindLabel: 'Pfeilart',
    kind: 'Art',
    label: 'Beschriftung',
    labelPlaceholder: 'z. B. Wochenplan',
    reverse: '⇄ Umkehren',
    delete: 'Pfeil löschen',
  },
  settings: {
    heading: 'Karteneinstellungen',
    intro: 'Kundenbedarf und Arbeitszeit bestimmen die Taktzeit und rechnen Lagerbestände in Tage um.',
    useBoxesDay: '{{time}} pro Tag aus den Datenkästen übernehmen',
    dailyDemand: 'Tagesbedarf',
    taktTime: 'Taktzeit',
    unmappedWaiting: 'Nicht erfasste Wartezeit',
    unmappedWaitingTitle: 'Gemessene Durchlaufzeit abzüglich der Durchlaufzeit, die sich aus der Karte ergibt',
  },
  figures: {
    label: 'Kennzahlen',
    processTime: 'Gezählte Bearbeitungszeit',
    leadTime: 'Gezählte Durchlaufzeit',
    waitingShare: 'Anteil Wartezeit an der Durchlaufzeit',
    passes: 'Durchläufe mit Nacharbeit',
    taktRatio: 'Zykluszeit im Verhältnis zum Takt',
    criticalPath: 'Auf dem kritischen Pfad',
    yes: 'Ja',
    no: 'Nein',
    waitTime: 'Wartezeit',
    fromQuantity: '{{time}} (aus Menge und Bedarf)',
  },
  selection: {
    nodes_one: '{{count, number}} Element',
    nodes_other: '{{count, number}} Elemente',
    arrows_one: '{{count, number}} Pfeil',
    arrows_other: '{{count, number}} Pfeile',
    one: '{{things}} ausgewählt',
    both: '{{nodes}} und {{arrows}} ausgewählt',
    connect: 'Der Reihe nach verbinden',
    delete: 'Löschen',
  },
  fields: {
    cycleTime: {
      label: 'Zykluszeit (ZZ)',
    },
    cycleTimeMin: {
      label: 'ZZ bestenfalls',
      hint: 'Mit „schlimmstenfalls“ die Spanne, aus der die Simulation zieht',
    },
    cycleTimeMax: {
      label: 'ZZ schlimmstenfalls',
    },
    changeoverTime: {
      label: 'Rüstzeit (RZ)',
    },
    uptime: {
      label: 'Verfügbarkeit',
    },
    processTime: {
      label: 'Bearbeitungszeit (BZ)',
    },
    leadTime: {
      label: 'Durchlaufzeit (DLZ)',
    },
    percentCompleteAccurate: {
      label: '%C&A',
      hint: 'Anteil der Arbeit, den der nächste Schritt so verwenden kann, wie er kommt',
    },
    batchSize: {
      label: 'Losgröße',
    },
    operators: {
      label: 'Werker',
    },
    shifts: {
      label: 'Schichten',
    },
    availableTimePerShift: {
      label: 'Verfügbare Zeit pro Schicht (VZ)',
    },
    quantity: {
      label: 'Menge',
      fifoLabel: 'Höchstmenge in der Bahn',
    },
    unit: {
      label: 'Einheit',
      hint: 'Stk., Aufträge, Akten…',
    },
    waitTime: {
      label: 'Wartezeit',
      hint: 'Leer lassen, um sie aus Menge und Bedarf zu berechnen',
    },
    waitTimeMin: {
      label: 'Wartezeit bestenfalls',
    },
    waitTimeMax: {
      label: 'Wartezeit schlimmstenfalls',
      hint: 'Die Spanne, aus der die Simulation die Wartezeit zieht',
    },
    frequency: {
      label: 'Häufigkeit',
      hint: 'z. B. 2× pro Woche, täglich',
    },
    demandPerPeriod: {
      label: 'Kundenbedarf pro Zeitraum',
    },
    demandUnit: {
      label: 'Bedarfseinheit',
      hint: 'Stk., Aufträge, Schadensfälle…',
    },
    workingDaysPerPeriod: {
      label: 'Arbeitstage pro Zeitraum',
    },
    workingTimePerDay: {
      label: 'Verfügbare Arbeitszeit pro Tag',
      hint: 'Nach Abzug der Pausen; zugleich die Länge eines „Tages“ auf dieser Karte',
    },
    measuredLeadTime: {
      label: 'Gemessene Durchlaufzeit',
      hint: 'Aus Auftrags- und Lieferdaten; die Differenz zur Durchlaufzeit der Karte ist nicht erfasste Wartezeit',
    },
    reworkRate: {
      label: 'Zur Nacharbeit zurück',
      hint: 'Anteil der Teile, die entlang dieses Pfeils zurückgehen; die Kennzahlen mit Nacharbeit zählen ihre Durchläufe',
    },
    bareDays: 'Eine Zahl allein bedeutet Arbeitstage.',
    bareSeconds: 'Eine Zahl allein bedeutet Sekunden.',
    placeholders: {
      work: 'z. B. 45 (s), 10 min',
      shift: 'z. B. 27600 (s), 7 h 40 min',
      wait: 'z. B. 2 (Tage), 4 h',
    },
    percentSlip: 'Gelesen als {{value}} %, weniger als ein Prozent. Für {{meant}} % geben Sie {{meant}} ein.',
  },
  fieldError: '{{label}}: {{message}}',
} satisfies CatalogueShape<typeof english, 'de'>;
