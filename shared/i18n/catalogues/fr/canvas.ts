import type { CatalogueShape } from '../../catalogue-shape';
import type { canvas as english } from '../en/canvas';

export const canvas = {
  nodeText: 'Texte de l’élément',
  captions: {
    process: 'Processus',
    supplier: 'Fournisseur',
    customer: 'Client',
    outsideSource: 'Source externe',
    shipment: 'Expédition',
    productionControl: 'Pilotage de production',
    kaizen: 'Kaizen',
  },
  data: {
    cycleTime: 'TC',
    changeover: 'TCh',
    uptime: 'Dispo.',
    processTime: 'TT',
    leadTime: 'DE',
    percentCompleteAccurate: '%C&A',
    batch: 'Lot',
    operators: 'Opérateurs',
    shifts: 'Équipes',
    available: 'Dispo. temps',
    fifoMax: 'max {{amount}}',
  },
  contents: {
    label: 'Contenu de la carte',
    connectors: 'Flèches de la carte',
    withData: '{{kind}} : {{data}}',
    empty: '({{kind, lowercase}} vide)',
    connector: {
      push: 'Flux poussé : {{from}} → {{to}}',
      pull: 'Flux tiré : {{from}} → {{to}}',
      fifo: 'FIFO : {{from}} → {{to}}',
      'electronic-info': 'Information électronique : {{from}} → {{to}}',
      'manual-info': 'Information manuelle : {{from}} → {{to}}',
    },
  },
  edits: {
    connect: 'Relier',
    move: 'Déplacer',
    resize: 'Redimensionner',
    text: 'Modifier le texte',
  },
} satisfies CatalogueShape<typeof english, 'fr'>;
