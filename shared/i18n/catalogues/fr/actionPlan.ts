import type { CatalogueShape } from '../../catalogue-shape';
import type { actionPlan as english } from '../en/actionPlan';

export const actionPlan = {
  title: 'Plan d’actions',
  documentTitle: '{{workshop}} · Plan d’actions — {{app}}',
  count: {
    none: 'Aucune action pour l’instant',
    some_one: '{{count, number}} action, {{active, number}} encore à faire',
    some_other: '{{count, number}} actions, {{active, number}} encore à faire',
    some_many: '{{count, number}} actions, {{active, number}} encore à faire',
  },
  notOpened: 'Impossible d’ouvrir le plan d’actions : {{problem}}',
  opening: 'Ouverture du plan d’actions…',
  noFutures:
    'Les actions appartiennent aux cartes d’état futur. Dérivez d’abord un état futur depuis le menu de la carte, puis marquez ce qui doit s’améliorer avec des chantiers kaizen.',
  empty: 'Aucune action pour l’instant : transformez un chantier kaizen en action, ou ajoutez-en une ci-dessus.',
  delete: {
    title: 'Supprimer cette action ?',
    message: '« {{what}} » sera retirée du plan d’actions.',
    confirm: 'Supprimer l’action',
  },
  status: {
    open: 'Ouverte',
    'in-progress': 'En cours',
    done: 'Terminée',
    dropped: 'Abandonnée',
  },
  columns: {
    what: 'Quoi',
    step: 'Étape améliorée',
    owner: 'Responsable',
    dueDate: 'Échéance',
    status: 'Statut',
    map: 'État futur',
  },
  sortBy: {
    what: 'Trier par action',
    step: 'Trier par étape améliorée',
    owner: 'Trier par responsable',
    dueDate: 'Trier par échéance',
    status: 'Trier par statut',
    map: 'Trier par état futur',
  },
  row: {
    notSaved: 'Non enregistré',
    burstGone: 'Issue d’un chantier kaizen qui n’est plus sur la carte',
    ownBurst: 'Issue de son chantier kaizen',
    namedBurst: 'Issue du chantier kaizen « {{label}} »',
    needsWhat: 'Une action doit dire ce qu’il faut faire.',
    burstTitle: 'Le chantier kaizen dont provient cette action',
    stepGone: '(n’est plus sur la carte)',
    dueDate: 'Date d’échéance',
    overdue: 'En retard',
    deleteItem: 'Supprimer l’action « {{what}} »',
    deleteTitle: 'Supprimer cette action',
    delete: 'Supprimer',
  },
  suggestions: {
    title: 'Chantiers kaizen sans action',
    createTitle: 'Créer une action à partir de ce chantier kaizen sur « {{map}} »',
  },
  new: {
    label: 'Nouvelle action',
    needsWhat: 'Indiquez ce qu’il faut faire.',
    whatPlaceholder: 'Ce qu’il faut faire',
    add: 'Ajouter l’action',
  },
} satisfies CatalogueShape<typeof english, 'fr'>;
