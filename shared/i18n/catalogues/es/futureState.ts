import type { CatalogueShape } from '../../catalogue-shape';
import type { futureState as english } from '../en/futureState';

export const futureState = {
  panel: {
    notSaved: 'No se pudo guardar el mapa en este momento, así que la acción no se creó. Inténtelo de nuevo en un momento.',
    tools: 'Herramientas del estado futuro',
    questions: 'Preguntas',
    questionsLabel: 'Preguntas del estado futuro',
    actions: 'Acciones',
    merge_one: 'Unir {{count, number}} paso en uno',
    merge_other: 'Unir {{count, number}} pasos en uno',
    merge_many: 'Unir {{count, number}} pasos en uno',
    mergeTitle: 'Unir los pasos seleccionados en uno solo, como una célula de flujo continuo',
    burst: 'Convertir el evento kaizen seleccionado en acción',
    burstTitle: 'Convertir el evento kaizen seleccionado en una acción del plan',
    mergeHint: 'Seleccione dos o más pasos del proceso (Mayús+clic) para unirlos en una célula de flujo (M).',
  },
  actions: {
    meta: '{{owner}} · {{due}}',
    noOwner: 'Sin responsable',
    noDate: 'sin fecha',
    status: 'Estado de «{{what}}»',
    loading: 'Cargando las acciones…',
    intro:
      'Cada evento kaizen de este mapa se convierte en una acción: qué, quién, para cuándo. <plan>Abra el plan de acción</plan> para editarlas todas.',
    noBursts: 'Aún no hay eventos kaizen: añada uno con K, sobre el paso que mejora o junto a él.',
    bursts: 'Eventos kaizen',
    create: 'Crear acción',
    another: 'Otra acción',
    createTitle: 'Crear una acción a partir de este evento kaizen',
    others: 'Otras acciones de este mapa',
  },
  questions: {
    loading: 'Cargando las respuestas…',
    taktFromMap: 'Según la demanda y el tiempo de trabajo del mapa: <strong>{{takt}}</strong>',
    useTakt: 'Usar {{takt}}',
    noTakt: 'Indique la demanda del cliente y el tiempo de trabajo en la configuración del mapa para calcular el takt time.',
    bursts_one: '{{count, number}} evento kaizen en este mapa —',
    bursts_other: '{{count, number}} eventos kaizen en este mapa —',
    bursts_many: '{{count, number}} eventos kaizen en este mapa —',
    toActions: 'convertirlos en acciones',
    notSaved: 'No se guardó una respuesta: {{problem}}',
  },
} satisfies CatalogueShape<typeof english, 'es'>;
