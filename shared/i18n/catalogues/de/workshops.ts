import type { CatalogueShape } from '../../catalogue-shape';
import type { workshops as english } from '../en/workshops';

export const workshops = {
  card: {
    open: 'Workshop öffnen',
    mapsEdited_one: '{{count, number}} Karte · bearbeitet {{edited}}',
    mapsEdited_other: '{{count, number}} Karten · bearbeitet {{edited}}',
    rename: 'Umbenennen',
    duplicate: 'Duplizieren',
    export: 'Exportieren',
    exportTitle: 'Den ganzen Workshop als Workshop-Datei speichern',
    delete: 'Löschen',
  },
  list: {
    noMap: 'Dieser Workshop hat keine Karte',
    heading: 'Workshops',
    importing: 'Workshop-Datei wird importiert',
    saving: 'Workshop-Datei wird gespeichert',
    import: 'Workshop-Datei importieren…',
    importTitle: 'Einen Workshop aus einer Workshop-Datei hinzufügen; hier wird nichts ersetzt',
    new: '+ Neuer Workshop',
    loading: 'Workshops werden geladen…',
    emptyHeading: 'Noch keine Workshops',
    emptyText: 'Ein Workshop enthält die Wertstromkarten, Haftnotizen, Abstimmungen und Maßnahmen eines Tages. Alles bleibt auf diesem Computer.',
  },
  form: {
    newTitle: 'Neuer Workshop',
    create: 'Workshop anlegen',
    renameTitle: 'Workshop umbenennen',
    nameTooLong: 'Bitte prüfen: Der Name von „{{name}}…“ ist länger als 80 Zeichen.',
    tooManyParticipants_one: 'Bitte prüfen: höchstens {{max}} Teilnehmende auf einmal ({{count}} eingetragen).',
    tooManyParticipants_other: 'Bitte prüfen: höchstens {{max}} Teilnehmende auf einmal ({{count}} eingetragen).',
    title: 'Titel',
    titlePlaceholder: 'z. B. Wertstrom vom Auftrag bis zur Lieferung',
    date: 'Datum',
    facilitator: 'Moderation',
    facilitatorPlaceholder: 'Ihr Name',
    participants: 'Teilnehmende (optional: einer pro Zeile oder durch Kommas getrennt)',
    participantsPlaceholder: 'Ana Silva\nBen Okafor',
  },
  delete: {
    title: 'Workshop löschen?',
    message: '„{{title}}“ wird mit allen Karten und Notizen von diesem Computer gelöscht.',
    confirm: 'Workshop löschen',
  },
} satisfies CatalogueShape<typeof english, 'de'>;
