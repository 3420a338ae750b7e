import type { CatalogueShape } from '../../catalogue-shape';
import type { actionPlan as english } from '../en/actionPlan';

export const actionPlan = {
  title: 'Plan de acción',
  documentTitle: '{{workshop}} · Plan de acción — {{app}}',
  count: {
    none: 'Aún no hay acciones',
    some_one: '{{count, number}} acción, {{active, number}} por hacer',
    some_other: '{{count, number}} acciones, {{active, number}} por hacer',
    some_many: '{{count, number}} acciones, {{active, number}} por hacer',
  },
  notOpened: 'No se pudo abrir el plan de acción: {{problem}}',
  opening: 'Abriendo el plan de acción…',
  noFutures:
    'Las acciones pertenecen a los mapas de estado futuro. Derive primero un estado futuro desde el menú del mapa y marque después con eventos kaizen lo que debe mejorar.',
  empty: 'Aún no hay acciones: convierta un evento kaizen en una, o añada una arriba.',
  delete: {
    title: '¿Eliminar esta acción?',
    message: '«{{what}}» se quitará del plan de acción.',
    confirm: 'Eliminar acción',
  },
  status: {
    open: 'Abierta',
    'in-progress': 'En curso',
    done: 'Hecha',
    dropped: 'Descartada',
  },
  columns: {
    what: 'Qué',
    step: 'Paso que mejora',
    owner: 'Responsable',
    dueDate: 'Fecha límite',
    status: 'Estado',
    map: 'Estado futuro',
  },
  sortBy: {
    what: 'Ordenar por acción',
    step: 'Ordenar por paso que mejora',
    owner: 'Ordenar por responsable',
    dueDate: 'Ordenar por fecha límite',
    status: 'Ordenar por estado',
    map: 'Ordenar por estado futuro',
  },
  row: {
    notSaved: 'No guardado',
    burstGone: 'De un evento kaizen que ya no está en el mapa',
    ownBurst: 'De su evento kaizen',
    namedBurst: 'Del evento kaizen «{{label}}»',
    needsWhat: 'Una acción tiene que decir qué hay que hacer.',
    burstTitle: 'El evento kaizen del que procede esta acción',
    stepGone: '(ya no está en el mapa)',
    dueDate: 'Fecha límite',
    overdue: 'Vencida',
    deleteItem: 'Eliminar la acción «{{what}}»',
    deleteTitle: 'Eliminar esta acción',
    delete: 'Eliminar',
  },
  suggestions: {
    title: 'Eventos kaizen sin acción',
    createTitle: 'Crear una acción a partir de este evento kaizen en «{{map}}»',
  },
  new: {
    label: 'Nueva acción',
    needsWhat: 'Indique qué hay que hacer.',
    whatPlaceholder: 'Qué hay que hacer',
    add: 'Añadir acción',
  },
} satisfies CatalogueShape<typeof english, 'es'>;
