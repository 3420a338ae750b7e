import type { CatalogueShape } from '../../catalogue-shape';
import type { exports as english } from '../en/exports';

export const exports = {
  working: '{{what}}…',
  open: 'Ouvrir',
  closeMessage: 'Fermer ce message',
  saved: '« {{fileName}} » enregistré ({{path}}).',
  downloaded: '« {{fileName}} » téléchargé.',
  failed: 'Échec : {{what}} — {{error}}',
  reducedImage: 'La carte est trop grande pour une image en {{ratio}}× ; elle a été enregistrée en {{saved}}×.',
  reportStep: 'Étape {{step}} sur {{steps}} : {{detail}}',
  reportStage: {
    opening: 'Ouverture de la page du rapport',
    printing: 'Impression des pages en PDF',
    saving: 'Enregistrement de {{file}}',
  },
  reportFileName: 'rapport {{paper}}',
  starting: 'Démarrage',
  notDrawn: 'La carte n’a pas pu être dessinée.',
  clipboard: {
    unsupported: 'ce navigateur ne peut pas copier d’images dans le presse-papiers',
    refused: 'Le navigateur a refusé de copier l’image dans le presse-papiers ({{refused}}). Enregistrez plutôt la carte en PNG.',
  },
  imported: {
    plain: '« {{title}} » importé.',
    renamed: '« {{title}} » importé (un autre atelier portait déjà ce titre).',
    upgraded: '{{imported}} Le fichier était au format {{version}} et a été mis à jour.',
  },
  menu: {
    label: 'Exporter ▾',
    title: 'Enregistrer le rapport, des images, des tableaux ou le fichier d’atelier',
    pdf: 'Rapport PDF ({{paper}})…',
    pdfTitle: 'Le rapport de l’atelier pour les commanditaires, au format {{paper}} : cartes, indicateurs, votes, comparaison, réponses, actions',
    pdfWorking: 'Création du rapport PDF ({{paper}})',
    preview: 'Aperçu du rapport',
    previewTitle: 'Le rapport tel qu’il sera imprimé, dans cette fenêtre',
    png: 'Cette carte en PNG ({{ratio}}×)…',
    pngTitle: 'Une image de toute la carte à {{ratio}} fois la taille de l’écran, sur fond blanc',
    pngWorking: 'Enregistrement de la carte en PNG ({{ratio}}×)',
    copyImage: 'Copier cette carte comme image',
    copyImageTitle: 'Copier une image de toute la carte dans le presse-papiers, pour la coller dans une diapositive ou un e-mail',
    copyImageWorking: 'Copie de la carte',
    copied: 'La carte est dans le presse-papiers.',
    csv: {
      figures: {
        label: 'Indicateurs (CSV)…',
        title: 'Les indicateurs sous forme de tableau pour un tableur',
        working: 'Enregistrement des indicateurs en CSV',
      },
      votes: {
        label: 'Votes (CSV)…',
        title: 'Les votes sous forme de tableau pour un tableur',
        working: 'Enregistrement des votes en CSV',
      },
      actions: {
        label: 'Plan d’actions (CSV)…',
        title: 'Le plan d’actions sous forme de tableau pour un tableur',
        working: 'Enregistrement du plan d’actions en CSV',
      },
    },
    workshopFile: 'Fichier d’atelier…',
    workshopFileTitle:
      'Tout l’atelier dans un seul fichier, à conserver, à envoyer ou à ouvrir sur un autre ordinateur (Importer dans la liste des ateliers)',
    workshopFileWorking: 'Enregistrement du fichier d’atelier',
  },
  csvFileNames: {
    figures: 'indicateurs',
    votes: 'votes',
    actions: 'plan d’actions',
  },
} satisfies CatalogueShape<typeof english, 'fr'>;
