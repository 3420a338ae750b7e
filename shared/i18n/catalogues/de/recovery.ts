import type { CatalogueShape } from '../../catalogue-shape';
import type { recovery as english } from '../en/recovery';

export const recovery = {
  button: {
    label: 'Sicherungen…',
    title: 'Sicherungen: ansehen, anlegen und wiederherstellen',
  },
  dialog: {
    title: 'Sicherungen',
    backedUp: 'Soeben {{workshops}} gesichert.',
    confirm:
      'Die Sicherung von <strong>{{time}}</strong> ({{workshops}}) wiederherstellen? Ihre jetzigen Workshops werden als Sicherung aufbewahrt; Sie können das rückgängig machen, indem Sie diese wiederherstellen.',
    restoring: 'Wird wiederhergestellt…',
    restore: 'Sicherung wiederherstellen',
    intro:
      'Ihre Workshops werden während der Arbeit alle zehn Minuten und beim Schließen der App gesichert. Aufbewahrt werden die letzten fünf von heute und eine pro Tag für zwei Wochen, in <path>{{folder}}</path>.',
    backUpNow: 'Jetzt sichern',
    loading: 'Sicherungen werden geladen…',
    none: 'Noch keine Sicherungen. Die erste entsteht zehn Minuten nach Ihrer ersten Änderung, oder jetzt mit „Jetzt sichern“.',
    restoreFrom: 'Die Sicherung von {{time}} wiederherstellen',
    restoreItem: 'Wiederherstellen…',
  },
  reasons: {
    scheduled: 'Automatisch, während Sie gearbeitet haben',
    quit: 'Beim Schließen der App',
    manual: 'Von Hand gesichert',
    beforeMigration: 'Bevor ein App-Update die Datenbank geändert hat',
    beforeRestore: 'Ihr Stand vor einer Wiederherstellung',
    movedAside: 'Beim Start beiseitegelegt, obwohl sie in Ordnung war',
  },
  time: {
    today: 'heute um {{time}}',
    yesterday: 'gestern um {{time}}',
    on: '{{date}} um {{time}}',
  },
  unreadable: 'Inhalt nicht lesbar',
  workshops_one: '{{count, number}} Workshop',
  workshops_other: '{{count, number}} Workshops',
  gate: {
    restored: 'Die Sicherung von {{time}} wurde wiederhergestellt.',
    restoredWithUndo:
      '{{restored}} Ihre vorherigen Workshops sind als Sicherung „{{previous}}“ aufbewahrt: Stellen Sie sie wieder her, um dies rückgängig zu machen.',
    opening: 'Ihre Workshops werden geöffnet…',
    readOnlyLabel: 'Schreibgeschützt',
    readOnly: 'Schreibgeschützt.',
    backupFailed: 'Die letzte automatische Sicherung ist fehlgeschlagen: {{problem}}',
  },
  screen: {
    titles: {
      damaged: 'Ihre Workshop-Datenbank war beschädigt',
      'newer-version': 'Diese Datenbank braucht eine neuere Version der App',
      locked: 'Ein anderes Programm verwendet Ihre Workshop-Datenbank',
      empty: 'Ihre Workshop-Datenbankdatei ist leer',
      unavailable: 'Ihre Workshop-Datenbank konnte nicht geöffnet werden',
    },
    movedTo: 'Verschoben nach',
    database: 'Datenbank',
    sqlite: 'Meldung von SQLite',
    trying: 'Neuer Versuch…',
    tryAgain: 'Erneut versuchen',
    offerTitle: 'Die neueste intakte Sicherung wiederherstellen',
    offer: 'Erstellt <strong>{{time}}</strong> · {{workshops}} · {{reason}}. Sie hat die Integritätsprüfung von SQLite bestanden.',
    restoreThis: 'Diese Sicherung wiederherstellen',
    chooseAnother: 'Andere Sicherung wählen…',
    noBackup: 'Es gibt keine intakte Sicherung zum Wiederherstellen.',
    startEmpty: 'Mit einer leeren Datenbank beginnen',
  },
} satisfies CatalogueShape<typeof english, 'de'>;
