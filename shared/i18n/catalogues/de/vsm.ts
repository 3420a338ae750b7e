import type { CatalogueShape } from '../../catalogue-shape';
import type { vsm as english } from '../en/vsm';

export const vsm = {
  metric: {
    leadTime: 'Durchlaufzeit',
    processTime: 'Bearbeitungszeit',
    expectedLeadTime: 'Durchlaufzeit mit Nacharbeit',
    expectedProcessTime: 'Bearbeitungszeit mit Nacharbeit',
    unmappedWaiting: 'Nicht erfasste Wartezeit',
    activityRatio: 'Flussgrad',
    rolledPercentCompleteAccurate: 'Gesamt-%C&A (fehlerfrei & vollständig)',
    totalInventory: 'Bestand gesamt',
    totalOperators: 'Mitarbeitende',
    taktTime: 'Taktzeit',
    bottleneckCycleTime: 'Zykluszeit des Engpasses',
    stepsOverTakt: 'Schritte langsamer als der Takt',
    stepCount: 'Prozessschritte',
    handOffs: 'Übergaben',
    reworkLoops: 'Nacharbeitsschleifen',
  },
  stepFigure: {
    cycleTime: 'Zykluszeit',
    processTime: 'Bearbeitungszeit',
    leadTime: 'Durchlaufzeit',
    percentCompleteAccurate: '%C&A',
    operators: 'Mitarbeitende',
    taktRatio: 'Zykluszeit / Takt',
  },
  parse: {
    duration: 'muss eine Dauer sein, etwa {{examples}}',
    negative: 'darf keine negative Zeit sein',
    decimalPoint: 'braucht einen Punkt als Dezimaltrennzeichen, etwa {{example}}',
    unknownUnit: 'hat eine unbekannte Einheit {{word}}; verwenden Sie {{units}}',
    unitForEvery: 'braucht bei jeder Zahl eine Einheit, etwa {{examples}}',
    tooLarge: 'ist zu groß',
    number: 'muss eine Zahl sein',
    or: '{{list}} oder {{last}}',
    readAs: 'Gelesen als {{value}}.',
  },
  quoted: '„{{text}}“',
  andMore: '{{list}} und {{count}} weitere',
  diagnostic: {
    demandNotSet:
      'Der Kundenbedarf ist nicht angegeben. Ohne ihn lässt sich weder die Taktzeit berechnen noch ein Bestand in Tage umrechnen. Tragen Sie den Bedarf pro Zeitraum in den Karteneinstellungen ein.',
    workingDaysNotSet:
      'Die Zahl der Arbeitstage pro Zeitraum ist nicht angegeben. Ohne sie lässt sich der Tagesbedarf (und damit Taktzeit und Reichweite der Bestände) nicht berechnen.',
    workingTimeNotSet:
      'Die verfügbare Arbeitszeit pro Tag ist nicht angegeben. Ohne sie lässt sich die Taktzeit nicht berechnen, und ein Tag zählt bis dahin als Arbeitstag von 8 Stunden.',
    processTimeMissing: '{{label}} hat weder Bearbeitungszeit noch Zykluszeit; seine Arbeit zählt in den Summen als null.',
    leadTimeBelowProcessTime:
      '{{label}} hat eine kürzere Durchlaufzeit als Bearbeitungszeit. Ein Schritt kann nicht fertig sein, bevor seine Arbeit getan ist, deshalb gilt seine Bearbeitungszeit als Durchlaufzeit. Prüfen Sie beide Werte.',
    overTakt:
      '{{label}} braucht {{cycle}} pro Stück, mehr als die Taktzeit von {{takt}}: Der Schritt kann mit dem Kundenbedarf nicht Schritt halten.',
    percentCompleteAccurateMissing: '%C&A fehlt bei {{names}}; das Gesamt-%C&A umfasst nur die Schritte, die einen Wert haben.',
    stockWithoutData: '{{label}} hat weder eine Menge noch eine Wartezeit und trägt daher nichts zur Durchlaufzeit bei.',
    inventoryNeedsDemand:
      '{{label}} enthält {{quantity}}, aber ohne den täglichen Kundenbedarf lässt sich das nicht in Tage Wartezeit umrechnen. Geben Sie Bedarf und Arbeitstage an oder tragen Sie die Wartezeit direkt ein.',
    noMaterialFlow:
      'Noch verbinden keine Push-, Pull- oder FIFO-Pfeile die Schritte, deshalb lassen sich Durchlaufzeit und Bearbeitungszeit nicht aufsummieren. Verbinden Sie die Schritte in der Reihenfolge, in der die Arbeit fließt.',
    notOnFlow:
      '{{label}} ist nicht mit dem Materialfluss des Wertstroms verbunden, seine Zeit fehlt daher in den Summen. Verbinden Sie es mit einem Push-, Pull- oder FIFO-Pfeil.',
    severalCustomers:
      'Die Karte hat {{count}} Kunden ({{names}}). Eine Wertstromkarte folgt einer Produktfamilie zu einem Kunden, und die Taktzeit beruht auf der einen Bedarfsangabe der Karte.',
    reworkLoop:
      'Nacharbeitsschleife: {{route}}. Durchlauf- und Bearbeitungszeit im ersten Durchgang zählen jeden Schritt einmal; geben Sie dem Nacharbeitspfeil eine Quote (den Anteil zurückgeschickter Teile), dann zählen die Werte mit Nacharbeit auch die Wiederholungen.',
    reworkNeverEnds:
      'Die Nacharbeitspfeile von {{label}} schicken 100 % oder mehr der Teile zurück, kein Teil käme je heraus, und die Durchlaufzeit mit Nacharbeit lässt sich nicht berechnen. Senken Sie ihre Quoten.',
    mappedAboveMeasured:
      'Die Karte ergibt eine Durchlaufzeit von {{mapped}}, mehr als die {{measured}}, die vom Auftrag bis zur Lieferung gemessen wurden. Prüfen Sie die Bestandszahlen und Wartezeiten auf dem kritischen Pfad: Eine ist vielleicht zu hoch gezählt, oder die Durchlaufzeit eines Schritts enthält eine Warteschlange, die schon davor eingezeichnet ist.',
  },
} satisfies CatalogueShape<typeof english, 'de'>;
