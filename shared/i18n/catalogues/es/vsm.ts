import type { CatalogueShape } from '../../catalogue-shape';
import type { vsm as english } from '../en/vsm';

export const vsm = {
  metric: {
    leadTime: 'Plazo de entrega',
    processTime: 'Tiempo de proceso',
    expectedLeadTime: 'Plazo de entrega con retrabajo',
    expectedProcessTime: 'Tiempo de proceso con retrabajo',
    unmappedWaiting: 'Espera no mapeada',
    activityRatio: 'Ratio de actividad',
    rolledPercentCompleteAccurate: '%C&P acumulado (completo y preciso)',
    totalInventory: 'Inventario total',
    totalOperators: 'Operarios',
    taktTime: 'Tiempo takt',
    bottleneckCycleTime: 'Tiempo de ciclo del cuello de botella',
    stepsOverTakt: 'Pasos más lentos que el takt',
    stepCount: 'Pasos',
    handOffs: 'Traspasos',
    reworkLoops: 'Bucles de retrabajo',
  },
  stepFigure: {
    cycleTime: 'Tiempo de ciclo',
    processTime: 'Tiempo de proceso',
    leadTime: 'Plazo de entrega',
    percentCompleteAccurate: '%C&P',
    operators: 'Operarios',
    taktRatio: 'Tiempo de ciclo / takt',
  },
  parse: {
    duration: 'debe ser una duración, como {{examples}}',
    negative: 'no puede ser un tiempo negativo',
    decimalPoint: 'debe usar un punto decimal, como {{example}}',
    unknownUnit: 'tiene una unidad desconocida {{word}}; use {{units}}',
    unitForEvery: 'debe indicar una unidad para cada número, como {{examples}}',
    tooLarge: 'es demasiado grande',
    number: 'debe ser un número',
    or: '{{list}} o {{last}}',
    readAs: 'Leído como {{value}}.',
  },
  quoted: '«{{text}}»',
  andMore: '{{list}} y {{count}} más',
  diagnostic: {
    demandNotSet:
      'No se ha indicado la demanda del cliente, así que no se puede calcular el tiempo takt ni convertir las cantidades de inventario en días. Introduzca la demanda por periodo en los ajustes del mapa.',
    workingDaysNotSet:
      'No se ha indicado el número de días laborables por periodo, así que no se puede calcular la demanda diaria (ni con ella el tiempo takt y los días de inventario).',
    workingTimeNotSet:
      'No se ha indicado el tiempo de trabajo disponible por día, así que no se puede calcular el tiempo takt, y mientras tanto un día cuenta como una jornada de 8 horas.',
    processTimeMissing: '{{label}} no tiene tiempo de proceso ni tiempo de ciclo, así que su trabajo cuenta como cero en los totales.',
    leadTimeBelowProcessTime:
      '{{label}} tiene un plazo de entrega menor que su tiempo de proceso. Un paso no puede terminar antes de hacer su trabajo, así que se usa su tiempo de proceso como plazo de entrega. Revise ambas cifras.',
    overTakt: '{{label}} necesita {{cycle}} por pieza, más que el tiempo takt de {{takt}}: no puede seguir el ritmo de la demanda del cliente.',
    percentCompleteAccurateMissing: 'Falta el %C&P de {{names}}, así que el %C&P acumulado solo cubre los pasos que lo tienen.',
    stockWithoutData: '{{label}} no tiene cantidad ni tiempo de espera, así que no añade tiempo al plazo de entrega.',
    inventoryNeedsDemand:
      '{{label}} contiene {{quantity}}, pero sin la demanda diaria del cliente no se puede convertir en días de espera. Indique la demanda y los días laborables, o introduzca directamente el tiempo de espera.',
    noMaterialFlow:
      'Ninguna flecha de empuje, de tirón o FIFO une todavía los pasos, así que no se pueden sumar el plazo de entrega y el de proceso. Conecte los pasos en el orden en que fluye el trabajo.',
    notOnFlow:
      '{{label}} no está conectado al flujo de materiales de la cadena de valor, así que su tiempo no entra en los totales. Únalo con una flecha de empuje, de tirón o FIFO.',
    severalCustomers:
      'El mapa tiene {{count}} clientes ({{names}}). Un mapa de la cadena de valor sigue una familia de productos hasta un cliente, y el tiempo takt usa la única cifra de demanda del mapa.',
    reworkLoop:
      'Bucle de retrabajo: {{route}}. El plazo de entrega y el de proceso a la primera cuentan cada paso una vez; dé una tasa a la flecha de retrabajo (la parte de piezas devueltas) y las cifras con retrabajo contarán también las repeticiones.',
    reworkNeverEnds:
      'Las flechas de retrabajo que salen de {{label}} devuelven el 100 % o más de sus piezas, así que ninguna saldría nunca y no se puede calcular el plazo de entrega con retrabajo. Baje sus tasas.',
    mappedAboveMeasured:
      'El mapa suma un plazo de entrega de {{mapped}}, más que los {{measured}} medidos del pedido a la entrega. Revise los inventarios y las esperas de la ruta crítica: quizá uno esté contado de más, o el plazo de entrega de un paso incluya una cola ya dibujada antes.',
  },
} satisfies CatalogueShape<typeof english, 'es'>;
