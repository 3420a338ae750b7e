import type { CatalogueShape } from '../../catalogue-shape';
import type { canvas as english } from '../en/canvas';

export const canvas = {
  nodeText: 'Texto del elemento',
  captions: {
    process: 'Proceso',
    supplier: 'Proveedor',
    customer: 'Cliente',
    outsideSource: 'Fuente externa',
    shipment: 'Envío',
    productionControl: 'Control de producción',
    kaizen: 'Kaizen',
  },
  data: {
    cycleTime: 'TC',
    changeover: 'TCM',
    uptime: 'Disp.',
    processTime: 'TP',
    leadTime: 'PE',
    percentCompleteAccurate: '%C&A',
    batch: 'Lote',
    operators: 'Operarios',
    shifts: 'Turnos',
    available: 'T. disp.',
    fifoMax: 'máx. {{amount}}',
  },
  contents: {
    label: 'Contenido del mapa',
    connectors: 'Flechas del mapa',
    withData: '{{kind}}: {{data}}',
    empty: '({{kind, lowercase}} vacío)',
    connector: {
      push: 'Empuje: {{from}} → {{to}}',
      pull: 'Tirón: {{from}} → {{to}}',
      fifo: 'FIFO: {{from}} → {{to}}',
      'electronic-info': 'Información electrónica: {{from}} → {{to}}',
      'manual-info': 'Información manual: {{from}} → {{to}}',
    },
  },
  edits: {
    connect: 'Conectar',
    move: 'Mover',
    resize: 'Cambiar tamaño',
    text: 'Editar texto',
  },
} satisfies CatalogueShape<typeof english, 'es'>;
