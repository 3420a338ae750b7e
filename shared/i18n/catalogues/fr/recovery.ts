import type { CatalogueShape } from '../../catalogue-shape';
import type { recovery as english } from '../en/recovery';

export const recovery = {
  button: {
    label: 'Sauvegardes…',
    title: 'Sauvegardes : consulter, créer et restaurer des sauvegardes',
  },
  dialog: {
    title: 'Sauvegardes',
    backedUp: '{{workshops}} : sauvegarde faite à l’instant.',
    confirm:
      'Restaurer la sauvegarde du <strong>{{time}}</strong> ({{workshops}}) ? Vos ateliers actuels sont gardés en sauvegarde : vous pourrez annuler en restaurant celle-ci.',
    restoring: 'Restauration…',
    restore: 'Restaurer la sauvegarde',
    intro:
      'Vos ateliers sont sauvegardés toutes les dix minutes pendant le travail et à la fermeture de l’application. Les cinq dernières du jour et une par jour pendant deux semaines sont conservées, dans <path>{{folder}}</path>.',
    backUpNow: 'Sauvegarder maintenant',
    loading: 'Chargement des sauvegardes…',
    none: 'Aucune sauvegarde pour l’instant. La première est faite dix minutes après votre première modification, ou tout de suite avec « Sauvegarder maintenant ».',
    restoreFrom: 'Restaurer la sauvegarde du {{time}}',
    restoreItem: 'Restaurer…',
  },
  reasons: {
    scheduled: 'Automatique, pendant le travail',
    quit: 'À la fermeture de l’application',
    manual: 'Sauvegarde manuelle',
    beforeMigration: 'Avant qu’une mise à jour modifie la base',
    beforeRestore: 'Votre état avant une restauration',
    movedAside: 'Mise de côté au démarrage bien qu’intacte',
  },
  time: {
    today: 'aujourd’hui à {{time}}',
    yesterday: 'hier à {{time}}',
    on: '{{date}} à {{time}}',
  },
  unreadable: 'contenu illisible',
  workshops_one: '{{count, number}} atelier',
  workshops_other: '{{count, number}} ateliers',
  workshops_many: '{{count, number}} ateliers',
  gate: {
    restored: 'Sauvegarde du {{time}} restaurée.',
    restoredWithUndo: '{{restored}} Vos ateliers précédents sont conservés dans la sauvegarde « {{previous}} » : restaurez-la pour annuler.',
    opening: 'Ouverture de vos ateliers…',
    readOnlyLabel: 'Lecture seule',
    readOnly: 'Lecture seule.',
    backupFailed: 'La dernière sauvegarde automatique a échoué : {{problem}}',
  },
  screen: {
    titles: {
      damaged: 'Votre base d’ateliers était endommagée',
      'newer-version': 'Cette base nécessite une version plus récente de l’application',
      locked: 'Un autre programme utilise votre base d’ateliers',
      empty: 'Le fichier de votre base d’ateliers est vide',
      unavailable: 'Votre base d’ateliers n’a pas pu être ouverte',
    },
    movedTo: 'Déplacée vers',
    database: 'Base de données',
    sqlite: 'Message de SQLite',
    trying: 'Nouvel essai…',
    tryAgain: 'Réessayer',
    offerTitle: 'Restaurer la dernière sauvegarde intacte',
    offer: 'Prise <strong>{{time}}</strong> · {{workshops}} · {{reason}}. Elle a passé le contrôle d’intégrité de SQLite.',
    restoreThis: 'Restaurer cette sauvegarde',
    chooseAnother: 'Choisir une autre sauvegarde…',
    noBackup: 'Il n’y a aucune sauvegarde intacte à restaurer.',
    startEmpty: 'Repartir d’une base vide',
  },
} satisfies CatalogueShape<typeof english, 'fr'>;
