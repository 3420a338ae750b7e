import type { CatalogueShape } from '../../catalogue-shape';
import type { mapActions as english } from '../en/mapActions';

export const mapActions = {
  actions: {
    'add-note': {
      label: 'Ajouter un post-it',
      description: 'Ajouter un post-it sous le pointeur',
    },
    'add-process': {
      label: 'Ajouter une boîte de processus',
      description: 'Ajouter une boîte de processus sous le pointeur',
    },
    'add-inventory': {
      label: 'Ajouter un triangle de stock',
      description: 'Ajouter un triangle de stock sous le pointeur',
    },
    'add-kaizen-burst': {
      label: 'Ajouter un chantier kaizen',
      description: 'Ajouter un chantier kaizen sous le pointeur',
    },
    'add-text': {
      label: 'Ajouter du texte libre (une annotation)',
      description: 'Ajouter du texte libre (une annotation) sous le pointeur',
    },
    'add-node': {
      label: 'Ajouter un symbole',
      description: 'Ajouter le symbole cliqué dans la palette (ou glissé sur la carte)',
    },
    'start-from-example': {
      label: 'Partir d’un exemple',
      description: 'Remplir une carte vide avec un exemple complet',
    },
    'select-tool': {
      label: 'Sélectionner et déplacer',
      description: 'Outil de sélection et de déplacement',
    },
    'connect-tool': {
      label: 'Relier',
      description: 'Outil de liaison : glisser ou cliquer d’un élément à l’autre',
    },
    'pick-connector': {
      label: 'Tracer des flèches',
      description: 'Choisir le type de flèche que trace l’outil de liaison, et prendre l’outil',
    },
    'connect-selected': {
      label: 'Relier dans l’ordre de sélection',
      description: 'Relier les éléments sélectionnés dans l’ordre où ils ont été sélectionnés',
    },
    'edit-text': {
      label: 'Modifier le texte',
      description: 'Modifier le texte de l’élément sélectionné (Entrée de nouveau le garde ; Maj+Entrée commence une nouvelle ligne)',
    },
    delete: {
      label: 'Supprimer la sélection',
      description: 'Supprimer la sélection (les étapes de part et d’autre d’un stock supprimé restent reliées)',
    },
    duplicate: {
      label: 'Dupliquer',
      description: 'Dupliquer la sélection',
    },
    copy: {
      label: 'Copier',
      description: 'Copier la sélection',
    },
    cut: {
      label: 'Couper',
      description: 'Couper la sélection',
    },
    paste: {
      label: 'Coller',
      description: 'Coller (dans cette carte ou une autre)',
    },
    undo: {
      label: 'Annuler',
      description: 'Annuler',
    },
    redo: {
      label: 'Rétablir',
      description: 'Rétablir',
    },
    'select-all': {
      label: 'Tout sélectionner',
      description: 'Tout sélectionner',
    },
    deselect: {
      label: 'Ne rien sélectionner',
      description: 'Ne rien sélectionner ; quitter l’outil de liaison, une sélection sur la carte ou la présentation',
    },
    recolor: {
      label: 'Couleur',
      description: 'Donner une couleur aux post-it sélectionnés',
    },
    'nudge-left': {
      label: 'Déplacer à gauche',
      description: 'Déplacer la sélection à gauche (Maj : plus loin) ; sans sélection, regarder à gauche',
    },
    'nudge-right': {
      label: 'Déplacer à droite',
      description: 'Déplacer la sélection à droite (Maj : plus loin) ; sans sélection, regarder à droite',
    },
    'nudge-up': {
      label: 'Déplacer vers le haut',
      description: 'Déplacer la sélection vers le haut (Maj : plus loin) ; sans sélection, regarder vers le haut',
    },
    'nudge-down': {
      label: 'Déplacer vers le bas',
      description: 'Déplacer la sélection vers le bas (Maj : plus loin) ; sans sélection, regarder vers le bas',
    },
    'align-left': {
      label: 'Aligner à gauche',
      description: 'Aligner les bords gauches',
    },
    'align-centre': {
      label: 'Centrer',
      description: 'Aligner les centres',
    },
    'align-right': {
      label: 'Aligner à droite',
      description: 'Aligner les bords droits',
    },
    'align-top': {
      label: 'Aligner en haut',
      description: 'Aligner les bords supérieurs',
    },
    'align-middle': {
      label: 'Centrer verticalement',
      description: 'Aligner les milieux',
    },
    'align-bottom': {
      label: 'Aligner en bas',
      description: 'Aligner les bords inférieurs',
    },
    'distribute-horizontal': {
      label: 'Répartir horizontalement',
      description: 'Espacer régulièrement de gauche à droite',
    },
    'distribute-vertical': {
      label: 'Répartir verticalement',
      description: 'Espacer régulièrement de haut en bas',
    },
    'bring-to-front': {
      label: 'Mettre au premier plan',
      description: 'Mettre au premier plan',
    },
    'send-to-back': {
      label: 'Mettre à l’arrière-plan',
      description: 'Mettre à l’arrière-plan',
    },
    'toggle-snap': {
      label: 'Aimanter à la grille',
      description: 'Activer ou désactiver l’aimantation (maintenir Alt en glissant pour placer librement)',
    },
    merge: {
      label: 'Fusionner les étapes',
      description: 'Sur un état futur : fusionner les étapes sélectionnées en une cellule en flux',
    },
    'timer-toggle': {
      label: 'Démarrer, mettre en pause ou reprendre le minuteur',
      description: 'Démarrer, mettre en pause ou reprendre le minuteur',
    },
    'timer-add-minute': {
      label: 'Ajouter une minute',
      description: 'Une minute de plus',
    },
    'timer-remove-minute': {
      label: 'Retirer une minute',
      description: 'Une minute de moins',
    },
    'timer-reset': {
      label: 'Réinitialiser le minuteur',
      description: 'Réinitialiser le minuteur',
    },
    'zoom-in': {
      label: 'Zoomer',
      description: 'Zoomer (ou Ctrl + molette, ou pincer)',
    },
    'zoom-out': {
      label: 'Dézoomer',
      description: 'Dézoomer',
    },
    'zoom-reset': {
      label: 'Zoom à 100 %',
      description: 'Zoom à 100 %',
    },
    'zoom-fit': {
      label: 'Ajuster à la carte',
      description: 'Zoomer pour voir toute la carte',
    },
    'zoom-selection': {
      label: 'Zoomer sur la sélection',
      description: 'Zoomer sur la sélection',
    },
    'hold-to-pan': {
      label: 'Déplacer la vue',
      description: 'Maintenir et glisser pour déplacer la vue (ou glisser avec le bouton du milieu, ou défiler à deux doigts)',
    },
    present: {
      label: 'Présenter',
      description: 'Présenter : masquer les outils (Échap pour quitter)',
    },
    shortcuts: {
      label: 'Raccourcis clavier',
      description: 'Afficher ces raccourcis',
    },
    'open-settings': {
      label: 'Réglages…',
      description: 'Ouvrir les réglages : langue, nombres et dates, dossier des données',
    },
  },
  groups: {
    add: 'Ajouter',
    connect: 'Relier',
    edit: 'Modifier',
    arrange: 'Disposer',
    futureState: 'État futur',
    view: 'Affichage',
    timer: 'Minuteur',
  },
  keyNames: {
    ctrl: 'Ctrl',
    shift: 'Maj',
    alt: 'Alt',
    delete: 'Suppr',
    enter: 'Entrée',
    space: 'Espace',
    esc: 'Échap',
    or: 'ou',
  },
  tooltip: '{{label}} ({{keys}})',
  edits: {
    startFromExample: 'Partir d’un exemple',
    move: 'Déplacer',
    align: 'Aligner',
    distribute: 'Répartir',
    connect: 'Relier',
    delete: 'Supprimer',
    duplicate: 'Dupliquer',
    colour: 'Couleur',
    merge: 'Fusionner les étapes',
    add: 'Ajouter',
  },
} satisfies CatalogueShape<typeof english, 'fr'>;
