import type { CatalogueShape } from '../../catalogue-shape';
import type { questions as english } from '../en/questions';

export const questions = {
  takt: {
    title: '¿Cuál es el tiempo takt?',
    hint: 'El tiempo de trabajo disponible por día dividido entre la demanda diaria del cliente: el ritmo que marca el cliente.',
  },
  finishedGoods: {
    title: '¿Producir para un supermercado de producto terminado o enviar directamente?',
    hint: '¿El cliente retira de un supermercado de producto terminado, o el último paso fabrica bajo pedido directamente para el envío?',
  },
  continuousFlow: {
    title: '¿Dónde se puede usar flujo continuo?',
    hint: '¿Qué pasos se pueden unir para que el trabajo avance pieza a pieza, sin inventario entre ellos?',
  },
  supermarketPull: {
    title: '¿Dónde hacen falta sistemas de supermercado con tirón?',
    hint: 'Donde el flujo debe interrumpirse (cambios de formato, procesos lejanos o compartidos), ¿qué supermercados controlan lo que fabrica el proceso anterior?',
  },
  pacemaker: {
    title: '¿Qué proceso único es el marcapasos?',
    hint: 'El único punto que recibe el programa del cliente; todo lo que viene después fluye, todo lo anterior se tira.',
  },
  levelMix: {
    title: '¿Cómo se nivelará la mezcla de producción en el marcapasos?',
    hint: 'Repartir los distintos productos de forma uniforme a lo largo del día en lugar de agruparlos en lotes: ¿cómo, y con qué (una caja heijunka)?',
  },
  levelVolume: {
    title: '¿Qué incremento de trabajo se libera y se retira en el marcapasos?',
    hint: 'El pitch: una cantidad de trabajo pequeña y constante (la cantidad de empaque por el tiempo takt) liberada y retirada a intervalos regulares.',
  },
  processImprovements: {
    title: '¿Qué mejoras de proceso hacen falta?',
    hint: 'Cambio de formato, disponibilidad, calidad, contenido del trabajo: ¿qué debe mejorar para que la cadena de valor fluya como se ha diseñado? Marque cada una con una explosión kaizen.',
  },
} satisfies CatalogueShape<typeof english, 'es'>;
