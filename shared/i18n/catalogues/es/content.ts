import type { CatalogueShape } from '../../catalogue-shape';
import type { content as english } from '../en/content';

export const content = {
  agenda: {
    kickOff: {
      title: 'Apertura',
      notes: 'Presentaciones, el porqué del patrocinador, alcance (primer y último paso, el cliente), reglas del juego.',
    },
    gemba: {
      title: 'Recorrer el proceso (gemba)',
      notes: 'Seguir una pieza desde el cliente hacia atrás; anotar tiempos, colas, traspasos y retrabajos.',
    },
    currentState: {
      title: 'Mapear el estado actual',
      notes: 'Los pasos con sus datos, inventarios y esperas, flujos de información, la línea de tiempo.',
    },
    lunch: { title: 'Almuerzo' },
    waste: {
      title: 'Encontrar el desperdicio y votar',
      notes: 'Estallidos kaizen y notas adhesivas sobre el desperdicio; votación con puntos sobre lo que más duele.',
    },
    futureState: {
      title: 'Diseñar el estado futuro',
      notes: 'Takt, flujo, pull, marcapasos; el mapa del estado futuro y su línea de tiempo.',
    },
    actions: {
      title: 'Planificar acciones',
      notes: 'Responsables, fechas y el primer experimento para los problemas más votados.',
    },
    close: { title: 'Cierre', notes: 'Resumen, aparcamiento, comentarios, próximos pasos y el informe.' },
  },
  vote: {
    title: 'Mayores problemas',
  },
  examples: {
    'learning-to-see': {
      units: { pcs: 'uds.' },
      nodes: {
        'acme-stamping': 'Estampado\nprensa de 200 t',
        'acme-weld-1': 'Soldadura 1',
        'acme-weld-2': 'Soldadura 2',
        'acme-assembly-1': 'Montaje 1',
        'acme-assembly-2': 'Montaje 2',
        'acme-inv-stamped': 'Piezas estampadas\n4600 I · 2400 D',
        'acme-inv-weld-1': 'Tras soldadura 1\n1100 I · 600 D',
        'acme-inv-weld-2': 'Tras soldadura 2\n1600 I · 850 D',
        'acme-inv-assembly-1': 'Tras montaje 1\n1200 I · 640 D',
        'acme-inv-staging': 'Preparación de envíos\n2700 I · 1440 D',
        'acme-shipping': 'Expedición',
        'acme-coils': 'Bobinas\n5 días',
        'acme-supplier': 'Michigan Steel Co.\nbobinas de 500 ft',
        'acme-control': 'Control de producción\nMRP',
        'acme-customer': 'State Street\nAssembly\n18.400 uds./mes',
        'acme-truck-in': 'Mar. + jue.',
        'acme-truck-out': '1× al día',
      },
      frequencies: {
        'acme-truck-in': '2× por semana',
        'acme-truck-out': 'diario',
      },
      connectors: {
        'acme-i01': 'Previsiones a 90/60/30 días · pedido diario',
        'acme-i02': 'Previsión a 6 semanas · fax semanal',
        'acme-i03': 'Programa semanal',
        'acme-i04': 'Programa semanal',
        'acme-i05': 'Programa semanal',
        'acme-i06': 'Programa semanal',
        'acme-i07': 'Programa semanal',
        'acme-i08': 'Programa diario de envíos',
      },
    },
    office: {
      units: { orders: 'pedidos' },
      nodes: {
        'office-requests': 'Solicitudes de pedido\ncorreo, tienda web, teléfono',
        'office-erp': 'Gestión de pedidos\nERP',
        'office-customer': 'Cliente\n200 pedidos/mes',
        'office-entry': 'Registro del pedido',
        'office-credit': 'Control de crédito',
        'office-review': 'Revisión técnica',
        'office-scheduling': 'Programación',
        'office-invoicing': 'Facturación',
        'office-note-rework': 'La revisión devuelve 3 de cada 10 pedidos por especificaciones incompletas',
      },
      frequencies: {},
      connectors: {
        'office-i1': 'ERP',
        'office-i2': 'ERP',
        'office-i3': 'ERP',
        'office-i4': 'ERP',
      },
    },
  },
} satisfies CatalogueShape<typeof english, 'es'>;
