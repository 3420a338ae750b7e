import type { CatalogueShape } from '../../catalogue-shape';
import type { mapActions as english } from '../en/mapActions';

export const mapActions = {
  actions: {
    'add-note': {
      label: 'Añadir una nota adhesiva',
      description: 'Añadir una nota adhesiva en el puntero',
    },
    'add-process': {
      label: 'Añadir una caja de proceso',
      description: 'Añadir una caja de proceso en el puntero',
    },
    'add-inventory': {
      label: 'Añadir un triángulo de inventario',
      description: 'Añadir un triángulo de inventario en el puntero',
    },
    'add-kaizen-burst': {
      label: 'Añadir un evento kaizen',
      description: 'Añadir un evento kaizen en el puntero',
    },
    'add-text': {
      label: 'Añadir texto libre (una anotación)',
      description: 'Añadir texto libre (una anotación) en el puntero',
    },
    'add-node': {
      label: 'Añadir un símbolo',
      description: 'Añadir el símbolo pulsado en la paleta (o arrastrado al mapa)',
    },
    'start-from-example': {
      label: 'Empezar con un ejemplo',
      description: 'Llenar un mapa vacío con un ejemplo resuelto',
    },
    'select-tool': {
      label: 'Seleccionar y mover',
      description: 'Herramienta de selección y movimiento',
    },
    'connect-tool': {
      label: 'Conectar',
      description: 'Herramienta de conexión: arrastre o haga clic de un elemento a otro',
    },
    'pick-connector': {
      label: 'Dibujar flechas',
      description: 'Elegir el tipo de flecha que dibuja la herramienta de conexión, y tomar la herramienta',
    },
    'connect-selected': {
      label: 'Conectar en orden de selección',
      description: 'Conectar los elementos seleccionados en el orden en que se seleccionaron',
    },
    'edit-text': {
      label: 'Editar texto',
      description: 'Editar el texto del elemento seleccionado (Intro de nuevo lo guarda; Mayús+Intro empieza una línea nueva)',
    },
    delete: {
      label: 'Eliminar selección',
      description: 'Eliminar la selección (los pasos a ambos lados de un inventario eliminado siguen conectados)',
    },
    duplicate: {
      label: 'Duplicar',
      description: 'Duplicar la selección',
    },
    copy: {
      label: 'Copiar',
      description: 'Copiar la selección',
    },
    cut: {
      label: 'Cortar',
      description: 'Cortar la selección',
    },
    paste: {
      label: 'Pegar',
      description: 'Pegar (en este mapa o en otro)',
    },
    undo: {
      label: 'Deshacer',
      description: 'Deshacer',
    },
    redo: {
      label: 'Rehacer',
      description: 'Rehacer',
    },
    'select-all': {
      label: 'Seleccionar todo',
      description: 'Seleccionar todo',
    },
    deselect: {
      label: 'No seleccionar nada',
      description: 'No seleccionar nada; salir de la herramienta de conexión, de una selección en el mapa o de la presentación',
    },
    recolor: {
      label: 'Color',
      description: 'Dar un color a las notas seleccionadas',
    },
    'nudge-left': {
      label: 'Mover a la izquierda',
      description: 'Mover la selección a la izquierda (Mayús: más lejos); sin selección, mirar a la izquierda',
    },
    'nudge-right': {
      label: 'Mover a la derecha',
      description: 'Mover la selección a la derecha (Mayús: más lejos); sin selección, mirar a la derecha',
    },
    'nudge-up': {
      label: 'Mover arriba',
      description: 'Mover la selección hacia arriba (Mayús: más lejos); sin selección, mirar arriba',
    },
    'nudge-down': {
      label: 'Mover abajo',
      description: 'Mover la selección hacia abajo (Mayús: más lejos); sin selección, mirar abajo',
    },
    'align-left': {
      label: 'Alinear a la izquierda',
      description: 'Alinear los bordes izquierdos',
    },
    'align-centre': {
      label: 'Centrar',
      description: 'Alinear los centros',
    },
    'align-right': {
      label: 'Alinear a la derecha',
      description: 'Alinear los bordes derechos',
    },
    'align-top': {
      label: 'Alinear arriba',
      description: 'Alinear los bordes superiores',
    },
    'align-middle': {
      label: 'Centrar verticalmente',
      description: 'Alinear los puntos medios',
    },
    'align-bottom': {
      label: 'Alinear abajo',
      description: 'Alinear los bordes inferiores',
    },
    'distribute-horizontal': {
      label: 'Distribuir horizontalmente',
      description: 'Espaciar uniformemente de izquierda a derecha',
    },
    'distribute-vertical': {
      label: 'Distribuir verticalmente',
      description: 'Espaciar uniformemente de arriba abajo',
    },
    'bring-to-front': {
      label: 'Traer al frente',
      description: 'Traer al frente',
    },
    'send-to-back': {
      label: 'Enviar al fondo',
      description: 'Enviar al fondo',
    },
    'toggle-snap': {
      label: 'Ajustar a la cuadrícula',
      description: 'Activar o desactivar el ajuste a la cuadrícula (mantenga Alt al arrastrar para colocar libremente)',
    },
    merge: {
      label: 'Unir pasos',
      description: 'En un estado futuro: unir los pasos seleccionados en una célula de flujo',
    },
    'timer-toggle': {
      label: 'Iniciar, pausar o reanudar el temporizador',
      description: 'Iniciar, pausar o reanudar el temporizador',
    },
    'timer-add-minute': {
      label: 'Añadir un minuto',
      description: 'Un minuto más',
    },
    'timer-remove-minute': {
      label: 'Quitar un minuto',
      description: 'Un minuto menos',
    },
    'timer-reset': {
      label: 'Reiniciar el temporizador',
      description: 'Reiniciar el temporizador',
    },
    'zoom-in': {
      label: 'Acercar',
      description: 'Acercar (o Ctrl + rueda del ratón, o pellizcar)',
    },
    'zoom-out': {
      label: 'Alejar',
      description: 'Alejar',
    },
    'zoom-reset': {
      label: 'Zoom al 100 %',
      description: 'Zoom al 100 %',
    },
    'zoom-fit': {
      label: 'Ajustar al mapa',
      description: 'Ajustar el zoom para ver todo el mapa',
    },
    'zoom-selection': {
      label: 'Zoom a la selección',
      description: 'Hacer zoom a la selección',
    },
    'hold-to-pan': {
      label: 'Desplazar la vista',
      description: 'Mantenga y arrastre para desplazar la vista (o arrastre con el botón central, o desplace con dos dedos)',
    },
    present: {
      label: 'Presentar',
      description: 'Presentar: ocultar las herramientas (Esc para salir)',
    },
    shortcuts: {
      label: 'Atajos de teclado',
      description: 'Mostrar estos atajos',
    },
    'open-settings': {
      label: 'Ajustes…',
      description: 'Abrir los ajustes: idioma, cifras y fechas, carpeta de datos',
    },
  },
  groups: {
    add: 'Añadir',
    connect: 'Conectar',
    edit: 'Editar',
    arrange: 'Organizar',
    futureState: 'Estado futuro',
    view: 'Vista',
    timer: 'Temporizador',
  },
  keyNames: {
    ctrl: 'Ctrl',
    shift: 'Mayús',
    alt: 'Alt',
    delete: 'Supr',
    enter: 'Intro',
    space: 'Espacio',
    esc: 'Esc',
    or: 'o',
  },
  tooltip: '{{label}} ({{keys}})',
  edits: {
    startFromExample: 'Empezar con un ejemplo',
    move: 'Mover',
    align: 'Alinear',
    distribute: 'Distribuir',
    connect: 'Conectar',
    delete: 'Eliminar',
    duplicate: 'Duplicar',
    colour: 'Color',
    merge: 'Unir pasos',
    add: 'Añadir',
  },
} satisfies CatalogueShape<typeof english, 'es'>;
