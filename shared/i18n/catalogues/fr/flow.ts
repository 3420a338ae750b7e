import type { CatalogueShape } from '../../catalogue-shape';
import type { flow as english } from '../en/flow';

export const flow = {
  run: {
    throughput: 'Débit',
    perDay: '{{made}} par jour pour une demande de {{demand}}',
    leadTime: 'Délai P50 · P85 · P95',
    nothingThrough: 'aucune pièce n’est sortie',
    constraint: 'Contrainte',
    constraintLoad: '{{label}} (charge {{load}})',
    growing: 'Croît sans limite',
    noQueue: 'aucune file',
    queueBefore: 'la file avant {{label}}',
  },
  bars: {
    step: 'Étape',
    working: 'En travail',
    load: 'Charge',
    loadTitle: 'Travail demandé par rapport à la capacité ; au-delà de 100 % l’étape ne suit pas',
  },
  wip: {
    label_one: 'En-cours avant chaque étape sur {{count}} jour',
    label_many: 'En-cours avant chaque étape sur {{count}} de jours',
    label_other: 'En-cours avant chaque étape sur {{count}} jours',
    before: 'avant {{label}}',
    growing: ' (croissant)',
  },
  range: {
    label: 'Plages de délai sur une même échelle',
    span: '{{name}} — de {{from}} à {{to}}',
    none: '{{name}} — pas de plage',
  },
} satisfies CatalogueShape<typeof english, 'fr'>;
