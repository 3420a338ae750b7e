import type { CatalogueShape } from '../../catalogue-shape';
import type { exports as english } from '../en/exports';

export const exports = {
  working: '{{what}}…',
  open: 'Abrir',
  closeMessage: 'Cerrar este mensaje',
  saved: '«{{fileName}}» guardado ({{path}}).',
  downloaded: '«{{fileName}}» descargado.',
  failed: 'Error: {{what}} — {{error}}',
  reducedImage: 'El mapa es demasiado grande para una imagen a {{ratio}}×; se guardó a {{saved}}×.',
  reportStep: 'Paso {{step}} de {{steps}}: {{detail}}',
  reportStage: {
    opening: 'Abriendo la página del informe',
    printing: 'Imprimiendo las páginas en PDF',
    saving: 'Guardando {{file}}',
  },
  reportFileName: 'informe {{paper}}',
  starting: 'Iniciando',
  notDrawn: 'No se pudo dibujar el mapa.',
  clipboard: {
    unsupported: 'este navegador no puede copiar imágenes al portapapeles',
    refused: 'El navegador no permitió copiar la imagen al portapapeles ({{refused}}). Guarde el mapa como PNG.',
  },
  imported: {
    plain: '«{{title}}» importado.',
    renamed: '«{{title}}» importado (otro taller ya tenía ese título).',
    upgraded: '{{imported}} El archivo estaba en el formato {{version}} y se actualizó.',
  },
  menu: {
    label: 'Exportar ▾',
    title: 'Guardar el informe, imágenes, tablas o el archivo de taller',
    pdf: 'Informe PDF ({{paper}})…',
    pdfTitle: 'El informe del taller para los patrocinadores, en papel {{paper}}: mapas, indicadores, votaciones, comparación, respuestas, acciones',
    pdfWorking: 'Generando el informe PDF ({{paper}})',
    preview: 'Vista previa del informe',
    previewTitle: 'El informe tal como se imprimirá, en esta ventana',
    png: 'Este mapa en PNG ({{ratio}}×)…',
    pngTitle: 'Una imagen de todo el mapa a {{ratio}} veces el tamaño de pantalla, sobre blanco',
    pngWorking: 'Guardando el mapa en PNG ({{ratio}}×)',
    copyImage: 'Copiar este mapa como imagen',
    copyImageTitle: 'Copiar una imagen de todo el mapa al portapapeles, para pegarla en una diapositiva o un correo',
    copyImageWorking: 'Copiando el mapa',
    copied: 'El mapa está en el portapapeles.',
    csv: {
      figures: {
        label: 'Indicadores (CSV)…',
        title: 'Los indicadores como tabla para una hoja de cálculo',
        working: 'Guardando los indicadores en CSV',
      },
      votes: {
        label: 'Votaciones (CSV)…',
        title: 'Las votaciones como tabla para una hoja de cálculo',
        working: 'Guardando las votaciones en CSV',
      },
      actions: {
        label: 'Plan de acción (CSV)…',
        title: 'El plan de acción como tabla para una hoja de cálculo',
        working: 'Guardando el plan de acción en CSV',
      },
    },
    workshopFile: 'Archivo de taller…',
    workshopFileTitle: 'Todo el taller en un solo archivo, para conservarlo, enviarlo o abrirlo en otro ordenador (Importar en la lista de talleres)',
    workshopFileWorking: 'Guardando el archivo de taller',
  },
  csvFileNames: {
    figures: 'indicadores',
    votes: 'votaciones',
    actions: 'plan de acción',
  },
} satisfies CatalogueShape<typeof english, 'es'>;
