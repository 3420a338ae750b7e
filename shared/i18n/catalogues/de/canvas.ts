import type { CatalogueShape } from '../../catalogue-shape';
import type { canvas as english } from '../en/canvas';

export const canvas = {
  nodeText: 'Text des Elements',
  captions: {
    process: 'Prozess',
    supplier: 'Lieferant',
    customer: 'Kunde',
    outsideSource: 'Externe Quelle',
    shipment: 'Lieferung',
    productionControl: 'Produktionssteuerung',
    kaizen: 'Kaizen',
  },
  data: {
    cycleTime: 'ZZ',
    changeover: 'RZ',
    uptime: 'Verfügb.',
    processTime: 'BZ',
    leadTime: 'DLZ',
    percentCompleteAccurate: '%C&A',
    batch: 'Losgröße',
    operators: 'Werker',
    shifts: 'Schichten',
    available: 'Verf. Zeit',
    fifoMax: 'max. {{amount}}',
  },
  contents: {
    label: 'Inhalt der Karte',
    connectors: 'Pfeile der Karte',
    withData: '{{kind}}: {{data}}',
    empty: '({{kind}}, leer)',
    connector: {
      push: 'Push: {{from}} → {{to}}',
      pull: 'Pull: {{from}} → {{to}}',
      fifo: 'FIFO: {{from}} → {{to}}',
      'electronic-info': 'Elektronischer Informationsfluss: {{from}} → {{to}}',
      'manual-info': 'Manueller Informationsfluss: {{from}} → {{to}}',
    },
  },
  edits: {
    connect: 'Verbinden',
    move: 'Verschieben',
    resize: 'Größe ändern',
    text: 'Text bearbeiten',
  },
} satisfies CatalogueShape<typeof english, 'de'>;
