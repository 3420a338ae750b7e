import type { CatalogueShape } from '../../catalogue-shape';
import type { logReading as english } from '../en/logReading';

export const logReading = {
  roleLabel: {
    caseId: 'Fall-ID',
    activity: 'Aktivität',
    timestamp: 'Zeitstempel (oder Abschlusszeit)',
    startTimestamp: 'Startzeit (optional)',
    lifecycle: 'Lebenszyklus (optional)',
    resource: 'Ressource (optional)',
  },
  roleName: {
    caseId: 'Fall-ID',
    activity: 'Aktivität',
    timestamp: 'Zeitstempel',
    startTimestamp: 'Startzeit',
    lifecycle: 'Lebenszyklus',
    resource: 'Ressource',
  },
  chooseColumn: {
    caseId: 'Wählen Sie die Spalte mit der Fall-ID.',
    activity: 'Wählen Sie die Spalte mit der Aktivität.',
    timestamp: 'Wählen Sie die Spalte mit dem Zeitstempel (oder der Abschlusszeit).',
  },
  onePurpose: 'Jede Spalte kann nur einem Zweck dienen.',
  noTimedEvents: 'Die Datei enthält keine Start- oder Abschlussereignisse, daher lässt sich nichts messen.',
  noEvents: 'Die Datei enthält keine Ereignisse.',
  column: '„{{name}}“',
  columnAt: '„{{name}}“ (Spalte {{index}})',
  row: 'Zeile {{number}}',
  event: 'Ereignis {{number}}',
  rowStart: 'Zeile {{number}}',
  eventStart: 'Ereignis {{number}}',
  timestampFormat: {
    iso: 'ISO 8601 (2026-03-14 09:30)',
    dayMonthYear: 'Tag zuerst (14.03.2026 09:30)',
    monthDayYear: 'Monat zuerst (03/14/2026 9:30 AM)',
    epochSeconds: 'Sekunden seit 1970',
    epochMilliseconds: 'Millisekunden seit 1970',
  },
  moreRows_one: ' ({{count}} weitere Zeile dieser Art)',
  moreRows_other: ' ({{count}} weitere Zeilen dieser Art)',
  moreEvents_one: ' ({{count}} weiteres Ereignis dieser Art)',
  moreEvents_other: ' ({{count}} weitere Ereignisse dieser Art)',
  missingValue: '{{where}}: Spalte {{column}} ist leer{{more}}.',
  badTimestamp_one:
    '{{count}} Zeitstempel in Spalte {{column}} ließ sich nicht als {{format}} lesen; der erste ist {{example}} in {{where}}. Wählen Sie das Format, das die Datei verwendet.',
  badTimestamp_other:
    '{{count}} Zeitstempel in Spalte {{column}} ließen sich nicht als {{format}} lesen; der erste ist {{example}} in {{where}}. Wählen Sie das Format, das die Datei verwendet.',
  backInTime:
    'Fall {{caseId}} geht in {{where}} in der Zeit zurück: {{time}} in Spalte {{column}} liegt vor {{previousTime}} in {{previousWhere}}{{more}}. Die Ereignisse eines Falls müssen in der Reihenfolge stehen, in der sie geschahen.',
} satisfies CatalogueShape<typeof english, 'de'>;
