import type { CatalogueShape } from '../../catalogue-shape';
import type { recovery as english } from '../en/recovery';

export const recovery = {
  button: {
    label: 'Copias de seguridad…',
    title: 'Copias de seguridad: ver, crear y restaurar',
  },
  dialog: {
    title: 'Copias de seguridad',
    backedUp: 'Copia de {{workshops}} hecha ahora mismo.',
    confirm:
      '¿Restaurar la copia de <strong>{{time}}</strong> ({{workshops}})? Los talleres que tiene ahora se guardan como copia, así que puede deshacerlo restaurando esa.',
    restoring: 'Restaurando…',
    restore: 'Restaurar copia',
    intro:
      'Sus talleres se copian cada diez minutos mientras trabaja y al cerrar la aplicación. Se conservan las cinco últimas de hoy y una al día durante dos semanas, en <path>{{folder}}</path>.',
    backUpNow: 'Copiar ahora',
    loading: 'Cargando copias…',
    none: 'Aún no hay copias. La primera se hace diez minutos después de su primer cambio, o ahora con «Copiar ahora».',
    restoreFrom: 'Restaurar la copia de {{time}}',
    restoreItem: 'Restaurar…',
  },
  reasons: {
    scheduled: 'Automática, mientras trabajaba',
    quit: 'Al cerrar la aplicación',
    manual: 'Hecha a mano',
    beforeMigration: 'Antes de que una actualización cambiara la base de datos',
    beforeRestore: 'Lo que tenía antes de una restauración',
    movedAside: 'Apartada al arrancar aunque estaba bien',
  },
  time: {
    today: 'hoy a las {{time}}',
    yesterday: 'ayer a las {{time}}',
    on: '{{date}} a las {{time}}',
  },
  unreadable: 'contenido ilegible',
  workshops_one: '{{count, number}} taller',
  workshops_other: '{{count, number}} talleres',
  workshops_many: '{{count, number}} talleres',
  gate: {
    restored: 'Se restauró la copia de {{time}}.',
    restoredWithUndo: '{{restored}} Los talleres que tenía antes se conservan como la copia «{{previous}}»: restáurela para deshacer.',
    opening: 'Abriendo sus talleres…',
    readOnlyLabel: 'Solo lectura',
    readOnly: 'Solo lectura.',
    backupFailed: 'Falló la última copia automática: {{problem}}',
  },
  screen: {
    titles: {
      damaged: 'Su base de datos de talleres estaba dañada',
      'newer-version': 'Esta base de datos necesita una versión más reciente de la aplicación',
      locked: 'Otro programa está usando su base de datos de talleres',
      empty: 'El archivo de su base de datos de talleres está vacío',
      unavailable: 'No se pudo abrir su base de datos de talleres',
    },
    movedTo: 'Movida a',
    database: 'Base de datos',
    sqlite: 'Mensaje de SQLite',
    trying: 'Reintentando…',
    tryAgain: 'Reintentar',
    offerTitle: 'Restaurar la copia correcta más reciente',
    offer: 'Hecha <strong>{{time}}</strong> · {{workshops}} · {{reason}}. Superó la comprobación de integridad de SQLite.',
    restoreThis: 'Restaurar esta copia',
    chooseAnother: 'Elegir otra copia…',
    noBackup: 'No hay ninguna copia correcta que restaurar.',
    startEmpty: 'Empezar con una base de datos vacía',
  },
} satisfies CatalogueShape<typeof english, 'es'>;
