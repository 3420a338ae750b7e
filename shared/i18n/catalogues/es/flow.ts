import type { CatalogueShape } from '../../catalogue-shape';
import type { flow as english } from '../en/flow';

export const flow = {
  run: {
    throughput: 'Rendimiento',
    perDay: '{{made}} al día frente a una demanda de {{demand}}',
    leadTime: 'Tiempo de entrega P50 · P85 · P95',
    nothingThrough: 'ninguna pieza salió',
    constraint: 'Restricción',
    constraintLoad: '{{label}} (carga {{load}})',
    growing: 'Crece sin límite',
    noQueue: 'ninguna cola',
    queueBefore: 'la cola antes de {{label}}',
  },
  bars: {
    step: 'Paso',
    working: 'Trabajando',
    load: 'Carga',
    loadTitle: 'Trabajo pedido frente a la capacidad; por encima del 100 % el paso no da abasto',
  },
  wip: {
    label_one: 'Trabajo en proceso antes de cada paso durante {{count}} día',
    label_many: 'Trabajo en proceso antes de cada paso durante {{count}} de días',
    label_other: 'Trabajo en proceso antes de cada paso durante {{count}} días',
    before: 'antes de {{label}}',
    growing: ' (creciendo)',
  },
  range: {
    label: 'Rangos del tiempo de entrega en una escala',
    span: '{{name}} — de {{from}} a {{to}}',
    none: '{{name}} — sin rango',
  },
} satisfies CatalogueShape<typeof english, 'es'>;
