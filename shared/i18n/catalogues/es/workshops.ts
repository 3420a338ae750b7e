import type { CatalogueShape } from '../../catalogue-shape';
import type { workshops as english } from '../en/workshops';

export const workshops = {
  card: {
    open: 'Abrir taller',
    mapsEdited_one: '{{count, number}} mapa · editado {{edited}}',
    mapsEdited_other: '{{count, number}} mapas · editado {{edited}}',
    mapsEdited_many: '{{count, number}} mapas · editado {{edited}}',
    rename: 'Renombrar',
    duplicate: 'Duplicar',
    export: 'Exportar',
    exportTitle: 'Guardar todo el taller como archivo de taller',
    delete: 'Eliminar',
  },
  list: {
    noMap: 'Este taller no tiene ningún mapa',
    heading: 'Talleres',
    importing: 'Importando el archivo de taller',
    saving: 'Guardando el archivo de taller',
    import: 'Importar un archivo de taller…',
    importTitle: 'Añadir un taller desde un archivo de taller; aquí no se reemplaza nada',
    new: '+ Nuevo taller',
    loading: 'Cargando talleres…',
    emptyHeading: 'Aún no hay talleres',
    emptyText:
      'Un taller reúne los mapas de flujo de valor, las notas adhesivas, las votaciones y las acciones de una jornada. Todo se queda en este ordenador.',
  },
  form: {
    newTitle: 'Nuevo taller',
    create: 'Crear taller',
    renameTitle: 'Renombrar taller',
    nameTooLong: 'Revise: el nombre del participante «{{name}}…» supera los 80 caracteres.',
    tooManyParticipants_one: 'Revise: como máximo {{max}} participantes a la vez ({{count}} indicado).',
    tooManyParticipants_other: 'Revise: como máximo {{max}} participantes a la vez ({{count}} indicados).',
    tooManyParticipants_many: 'Revise: como máximo {{max}} participantes a la vez ({{count}} indicados).',
    title: 'Título',
    titlePlaceholder: 'p. ej. Flujo de valor del pedido a la entrega',
    date: 'Fecha',
    facilitator: 'Facilitador',
    facilitatorPlaceholder: 'Su nombre',
    participants: 'Participantes (opcional: uno por línea, o separados por comas)',
    participantsPlaceholder: 'Ana Silva\nBen Okafor',
  },
  delete: {
    title: '¿Eliminar el taller?',
    message: '«{{title}}» y todos sus mapas y notas se eliminarán de este ordenador.',
    confirm: 'Eliminar taller',
  },
} satisfies CatalogueShape<typeof english, 'es'>;
