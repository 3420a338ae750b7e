import type { CatalogueShape } from '../../catalogue-shape';
import type { inspector as english } from '../en/inspector';

export const inspector = {
  label: 'Inspecteur',
  show: 'Afficher l’inspecteur',
  showTitle: 'Afficher l’inspecteur : données, paramètres, types de flèche',
  hide: 'Masquer l’inspecteur',
  hideTitle: 'Masquer l’inspecteur pour laisser plus de place à la carte',
  findings: 'Constats',
  locked: {
    presenting: 'Présentation : la carte ne peut pas être modifiée.',
    votingTurn: 'Verrouillé pendant un vote : seules des gommettes peuvent être posées. Le verrou se lève à la fin du tour.',
    readOnly: 'Cette carte est en lecture seule ici.',
  },
  edits: {
    data: 'Modifier les données',
    text: 'Modifier le texte',
    colour: 'Couleur',
    waste: 'Gaspillage',
    label: 'Modifier le libellé',
    arrowKind: 'Type de flèche',
    reworkRate: 'Taux de reprise',
    reverse: 'Inverser la flèche',
    settings: 'Paramètres de la carte',
  },
  node: {
    processName: 'Nom du processus',
    text: 'Texte',
    noteColour: 'Couleur du post-it',
    colour: 'Couleur',
    waste: 'Gaspillage',
    noWaste: 'Aucun',
  },
  connector: {
    heading: 'Flèche {{name}}',
    fromTo: 'De « {{from}} » à « {{to}} »',
    kindLabel: 'Type de flèche',
    kind: 'Type',
    label: 'Libellé',
    labelPlaceholder: 'p. ex. Planning hebdomadaire',
    reverse: '⇄ Inverser',
    delete: 'Supprimer la flèche',
  },
  settings: {
    heading: 'Paramètres de la carte',
    intro: 'La demande client et le temps de travail fixent le takt time et convertissent les stocks en jours.',
    useBoxesDay: 'Utiliser {{time}} par jour tiré des cartouches de données',
    dailyDemand: 'Demande journalière',
    taktTime: 'Takt time',
    unmappedWaiting: 'Attente non cartographiée',
    unmappedWaitingTitle: 'Délai d’écoulement mesuré moins le délai d’écoulement que totalise la carte',
  },
  figures: {
    label: 'Indicateurs',
    processTime: 'Temps de traitement compté',
    leadTime: 'Délai d’écoulement compté',
    waitingShare: 'Part d’attente dans le délai',
    passes: 'Passages avec reprises',
    taktRatio: 'Temps de cycle par rapport au takt',
    criticalPath: 'Sur le chemin critique',
    yes: 'Oui',
    no: 'Non',
    waitTime: 'Temps d’attente',
    fromQuantity: '{{time}} (d’après quantité et demande)',
  },
  selection: {
    nodes_one: '{{count, number}} élément',
    nodes_other: '{{count, number}} éléments',
    nodes_many: '{{count, number}} éléments',
    arrows_one: '{{count, number}} flèche',
    arrows_other: '{{count, number}} flèches',
    arrows_many: '{{count, number}} flèches',
    one: 'Sélection : {{things}}',
    both: 'Sélection : {{nodes}} et {{arrows}}',
    connect: 'Relier dans l’ordre',
    delete: 'Supprimer',
  },
  fields: {
    cycleTime: {
      label: 'Temps de cycle (TC)',
    },
    cycleTimeMin: {
      label: 'TC au mieux',
      hint: 'Avec « au pire », la plage dans laquelle tire la simulation',
    },
    cycleTimeMax: {
      label: 'TC au pire',
    },
    changeoverTime: {
      label: 'Changement de série (TCh)',
    },
    uptime: {
      label: 'Disponibilité',
    },
    processTime: {
      label: 'Temps de traitement (TT)',
    },
    leadTime: {
      label: 'Délai d’écoulement (DE)',
    },
    percentCompleteAccurate: {
      label: '%C&A',
      hint: 'Part du travail que l’étape suivante peut utiliser telle quelle',
    },
    batchSize: {
      label: 'Taille de lot',
    },
    operators: {
      label: 'Opérateurs',
    },
    shifts: {
      label: 'Équipes',
    },
    availableTimePerShift: {
      label: 'Temps disponible par équipe',
    },
    quantity: {
      label: 'Quantité',
      fifoLabel: 'Maximum dans la file',
    },
    unit: {
      label: 'Unité',
      hint: 'pcs, commandes, dossiers…',
    },
    waitTime: {
      label: 'Temps d’attente',
      hint: 'Laisser vide pour le calculer d’après la quantité et la demande',
    },
    waitTimeMin: {
      label: 'Attente au mieux',
    },
    waitTimeMax: {
      label: 'Attente au pire',
      hint: 'La plage dans laquelle la simulation tire l’attente',
    },
    frequency: {
      label: 'Fréquence',
      hint: 'p. ex. 2× par semaine, quotidien',
    },
    demandPerPeriod: {
      label: 'Demande client par période',
    },
    demandUnit: {
      label: 'Unité de la demande',
      hint: 'pcs, commandes, sinistres…',
    },
    workingDaysPerPeriod: {
      label: 'Jours ouvrés par période',
    },
    workingTimePerDay: {
      label: 'Temps de travail disponible par jour',
      hint: 'Pauses déduites ; c’est aussi la durée d’un « jour » sur cette carte',
    },
    measuredLeadTime: {
      label: 'Délai d’écoulement mesuré',
      hint: 'D’après les données de commande et de livraison ; l’écart avec le délai de la carte est de l’attente non cartographiée',
    },
    reworkRate: {
      label: 'Renvoyé en reprise',
      hint: 'Part des pièces qui repartent par cette flèche ; les indicateurs avec reprises comptent leurs passages',
    },
    bareDays: 'Un nombre seul se lit en jours ouvrés.',
    bareSeconds: 'Un nombre seul se lit en secondes.',
    placeholders: {
      work: 'p. ex. 45 (s), 10 min',
      shift: 'p. ex. 27600 (s), 7 h 40 min',
      wait: 'p. ex. 2 (jours), 4 h',
    },
    percentSlip: 'Lu comme {{value}} %, moins d’un pour cent. Pour {{meant}} %, saisissez {{meant}}.',
  },
  fieldError: '{{label}} : {{message}}',
} satisfies CatalogueShape<typeof english, 'fr'>;
