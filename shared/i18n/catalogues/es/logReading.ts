import type { CatalogueShape } from '../../catalogue-shape';
import type { logReading as english } from '../en/logReading';

export const logReading = {
  roleLabel: {
    caseId: 'Id. del caso',
    activity: 'Actividad',
    timestamp: 'Marca de tiempo (o fin)',
    startTimestamp: 'Hora de inicio (opcional)',
    lifecycle: 'Ciclo de vida (opcional)',
    resource: 'Recurso (opcional)',
  },
  roleName: {
    caseId: 'Id. del caso',
    activity: 'Actividad',
    timestamp: 'Marca de tiempo',
    startTimestamp: 'Hora de inicio',
    lifecycle: 'Ciclo de vida',
    resource: 'Recurso',
  },
  chooseColumn: {
    caseId: 'Elija la columna que contiene el id. del caso.',
    activity: 'Elija la columna que contiene la actividad.',
    timestamp: 'Elija la columna que contiene la marca de tiempo (o la hora de fin).',
  },
  onePurpose: 'Cada columna solo puede servir para un fin.',
  noTimedEvents: 'El archivo no contiene eventos de inicio ni de fin, así que no se puede medir nada.',
  noEvents: 'El archivo no contiene eventos.',
  column: '«{{name}}»',
  columnAt: '«{{name}}» (columna {{index}})',
  row: 'la fila {{number}}',
  event: 'el evento {{number}}',
  rowStart: 'Fila {{number}}',
  eventStart: 'Evento {{number}}',
  timestampFormat: {
    iso: 'ISO 8601 (2026-03-14 09:30)',
    dayMonthYear: 'día primero (14.03.2026 09:30)',
    monthDayYear: 'mes primero (03/14/2026 9:30 AM)',
    epochSeconds: 'segundos desde 1970',
    epochMilliseconds: 'milisegundos desde 1970',
  },
  moreRows_one: ' ({{count}} fila más como esta)',
  moreRows_many: ' ({{count}} de filas más como esta)',
  moreRows_other: ' ({{count}} filas más como esta)',
  moreEvents_one: ' ({{count}} evento más como este)',
  moreEvents_many: ' ({{count}} de eventos más como este)',
  moreEvents_other: ' ({{count}} eventos más como este)',
  missingValue: '{{where}}: la columna {{column}} está vacía{{more}}.',
  badTimestamp_one:
    '{{count}} marca de tiempo de la columna {{column}} no se pudo leer como {{format}}; la primera es {{example}} en {{where}}. Elija el formato que usa el archivo.',
  badTimestamp_many:
    '{{count}} de marcas de tiempo de la columna {{column}} no se pudieron leer como {{format}}; la primera es {{example}} en {{where}}. Elija el formato que usa el archivo.',
  badTimestamp_other:
    '{{count}} marcas de tiempo de la columna {{column}} no se pudieron leer como {{format}}; la primera es {{example}} en {{where}}. Elija el formato que usa el archivo.',
  backInTime:
    'El caso {{caseId}} retrocede en el tiempo en {{where}}: {{time}} en la columna {{column}} es anterior a {{previousTime}} en {{previousWhere}}{{more}}. Los eventos de un caso deben estar en el orden en que ocurrieron.',
} satisfies CatalogueShape<typeof english, 'es'>;
