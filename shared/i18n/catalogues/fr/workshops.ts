import type { CatalogueShape } from '../../catalogue-shape';
import type { workshops as english } from '../en/workshops';

export const workshops = {
  card: {
    open: 'Ouvrir l’atelier',
    mapsEdited_one: '{{count, number}} carte · modifié {{edited}}',
    mapsEdited_other: '{{count, number}} cartes · modifié {{edited}}',
    mapsEdited_many: '{{count, number}} cartes · modifié {{edited}}',
    rename: 'Renommer',
    duplicate: 'Dupliquer',
    export: 'Exporter',
    exportTitle: 'Enregistrer tout l’atelier dans un fichier d’atelier',
    delete: 'Supprimer',
  },
  list: {
    noMap: 'Cet atelier n’a aucune carte',
    heading: 'Ateliers',
    importing: 'Import du fichier d’atelier',
    saving: 'Enregistrement du fichier d’atelier',
    import: 'Importer un fichier d’atelier…',
    importTitle: 'Ajouter un atelier depuis un fichier d’atelier ; rien n’est remplacé ici',
    new: '+ Nouvel atelier',
    loading: 'Chargement des ateliers…',
    emptyHeading: 'Aucun atelier pour l’instant',
    emptyText:
      'Un atelier regroupe les cartes de la chaîne de valeur, les post-it, les votes et les actions d’une journée. Tout reste sur cet ordinateur.',
  },
  form: {
    newTitle: 'Nouvel atelier',
    create: 'Créer l’atelier',
    renameTitle: 'Renommer l’atelier',
    nameTooLong: 'Veuillez vérifier : le nom du participant « {{name}}… » dépasse 80 caractères.',
    tooManyParticipants_one: 'Veuillez vérifier : {{max}} participants au plus à la fois ({{count}} indiqué).',
    tooManyParticipants_other: 'Veuillez vérifier : {{max}} participants au plus à la fois ({{count}} indiqués).',
    tooManyParticipants_many: 'Veuillez vérifier : {{max}} participants au plus à la fois ({{count}} indiqués).',
    title: 'Titre',
    titlePlaceholder: 'p. ex. Chaîne de valeur de la commande à la livraison',
    date: 'Date',
    facilitator: 'Animateur',
    facilitatorPlaceholder: 'Votre nom',
    participants: 'Participants (facultatif : un par ligne, ou séparés par des virgules)',
    participantsPlaceholder: 'Ana Silva\nBen Okafor',
  },
  delete: {
    title: 'Supprimer l’atelier ?',
    message: '« {{title}} » et toutes ses cartes et notes seront supprimés de cet ordinateur.',
    confirm: 'Supprimer l’atelier',
  },
} satisfies CatalogueShape<typeof english, 'fr'>;
