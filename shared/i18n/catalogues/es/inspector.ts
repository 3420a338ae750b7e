import type { CatalogueShape } from '../../catalogue-shape';
import type { inspector as english } from '../en/inspector';

export const inspector = {
  label: 'Inspector',
  show: 'Mostrar el inspector',
  showTitle: 'Mostrar el inspector: datos, configuración, tipos de flecha',
  hide: 'Ocultar el inspector',
  hideTitle: 'Ocultar el inspector para dar más espacio al mapa',
  findings: 'Observaciones',
  locked: {
    presenting: 'Presentando: el mapa no se puede cambiar.',
    votingTurn: 'Bloqueado mientras alguien vota: solo se pueden poner puntos. Se desbloquea al terminar el turno.',
    readOnly: 'Este mapa es de solo lectura aquí.',
  },
  edits: {
    data: 'Editar datos',
    text: 'Editar texto',
    colour: 'Color',
    waste: 'Desperdicio',
    label: 'Editar etiqueta',
    arrowKind: 'Tipo de flecha',
    reworkRate: 'Tasa de reproceso',
    reverse: 'Invertir flecha',
    settings: 'Configuración del mapa',
  },
  node: {
    processName: 'Nombre del proceso',
    text: 'Texto',
    noteColour: 'Color de la nota',
    colour: 'Color',
    waste: 'Desperdicio',
    noWaste: 'Ninguno',
  },
  connector: {
    heading: 'Flecha de {{name}}',
    fromTo: 'De «{{from}}» a «{{to}}»',
    kindLabel: 'Tipo de flecha',
    kind: 'Tipo',
    label: 'Etiqueta',
    labelPlaceholder: 'p. ej. Programa semanal',
    reverse: '⇄ Invertir',
    delete: 'Eliminar flecha',
  },
  settings: {
    heading: 'Configuración del mapa',
    intro: 'La demanda del cliente y el tiempo de trabajo fijan el takt time y convierten los inventarios en días.',
    useBoxesDay: 'Usar {{time}} al día según las cajas de datos',
    dailyDemand: 'Demanda diaria',
    taktTime: 'Takt time',
    unmappedWaiting: 'Espera no mapeada',
    unmappedWaitingTitle: 'Plazo de entrega medido menos el plazo de entrega que suma el mapa',
  },
  figures: {
    label: 'Indicadores',
    processTime: 'Tiempo de proceso contado',
    leadTime: 'Plazo de entrega contado',
    waitingShare: 'Parte de espera en el plazo',
    passes: 'Pasadas con reproceso',
    taktRatio: 'Tiempo de ciclo frente al takt',
    criticalPath: 'En la ruta crítica',
    yes: 'Sí',
    no: 'No',
    waitTime: 'Tiempo de espera',
    fromQuantity: '{{time}} (según cantidad y demanda)',
  },
  selection: {
    nodes_one: '{{count, number}} elemento',
    nodes_other: '{{count, number}} elementos',
    nodes_many: '{{count, number}} elementos',
    arrows_one: '{{count, number}} flecha',
    arrows_other: '{{count, number}} flechas',
    arrows_many: '{{count, number}} flechas',
    one: 'Selección: {{things}}',
    both: 'Selección: {{nodes}} y {{arrows}}',
    connect: 'Conectar en orden',
    delete: 'Eliminar',
  },
  fields: {
    cycleTime: {
      label: 'Tiempo de ciclo (TC)',
    },
    cycleTimeMin: {
      label: 'TC en el mejor caso',
      hint: 'Con «en el peor caso», el rango del que toma valores la simulación',
    },
    cycleTimeMax: {
      label: 'TC en el peor caso',
    },
    changeoverTime: {
      label: 'Cambio de modelo (TCM)',
    },
    uptime: {
      label: 'Disponibilidad',
    },
    processTime: {
      label: 'Tiempo de proceso (TP)',
    },
    leadTime: {
      label: 'Plazo de entrega (PE)',
    },
    percentCompleteAccurate: {
      label: '%C&A',
      hint: 'Parte del trabajo que el paso siguiente puede usar tal como llega',
    },
    batchSize: {
      label: 'Tamaño de lote',
    },
    operators: {
      label: 'Operarios',
    },
    shifts: {
      label: 'Turnos',
    },
    availableTimePerShift: {
      label: 'Tiempo disponible por turno',
    },
    quantity: {
      label: 'Cantidad',
      fifoLabel: 'Máximo en el carril',
    },
    unit: {
      label: 'Unidad',
      hint: 'uds., pedidos, expedientes…',
    },
    waitTime: {
      label: 'Tiempo de espera',
      hint: 'Déjelo vacío para calcularlo a partir de la cantidad y la demanda',
    },
    waitTimeMin: {
      label: 'Espera en el mejor caso',
    },
    waitTimeMax: {
      label: 'Espera en el peor caso',
      hint: 'El rango del que la simulación toma la espera',
    },
    frequency: {
      label: 'Frecuencia',
      hint: 'p. ej. 2× semana, diario',
    },
    demandPerPeriod: {
      label: 'Demanda del cliente por periodo',
    },
    demandUnit: {
      label: 'Unidad de demanda',
      hint: 'uds., pedidos, siniestros…',
    },
    workingDaysPerPeriod: {
      label: 'Días laborables por periodo',
    },
    workingTimePerDay: {
      label: 'Tiempo de trabajo disponible al día',
      hint: 'Descontadas las pausas; también es la duración de un «día» en este mapa',
    },
    measuredLeadTime: {
      label: 'Plazo de entrega medido',
      hint: 'A partir de datos de pedidos y entregas; la diferencia con el plazo del mapa es espera no mapeada',
    },
    reworkRate: {
      label: 'Devuelto a reproceso',
      hint: 'Parte de las piezas que vuelven por esta flecha; los indicadores con reproceso cuentan sus pasadas',
    },
    bareDays: 'Un número solo se lee en días laborables.',
    bareSeconds: 'Un número solo se lee en segundos.',
    placeholders: {
      work: 'p. ej. 45 (s), 10 min',
      shift: 'p. ej. 27600 (s), 7 h 40 min',
      wait: 'p. ej. 2 (días), 4 h',
    },
    percentSlip: 'Leído como {{value}} %, menos del uno por ciento. Para {{meant}} %, escriba {{meant}}.',
  },
  fieldError: '{{label}}: {{message}}',
} satisfies CatalogueShape<typeof english, 'es'>;
