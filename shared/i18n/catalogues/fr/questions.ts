import type { CatalogueShape } from '../../catalogue-shape';
import type { questions as english } from '../en/questions';

export const questions = {
  takt: {
    title: 'Quel est le takt time ?',
    hint: 'Le temps de travail disponible par jour divisé par la demande client par jour : le rythme fixé par le client.',
  },
  finishedGoods: {
    title: 'Produire pour un supermarché de produits finis, ou expédier directement ?',
    hint: 'Le client prélève-t-il dans un supermarché de produits finis, ou la dernière étape produit-elle à la commande directement vers l’expédition ?',
  },
  continuousFlow: {
    title: 'Où peut-on mettre en place un flux continu ?',
    hint: 'Quelles étapes peut-on réunir pour que le travail avance pièce à pièce, sans stock entre elles ?',
  },
  supermarketPull: {
    title: 'Où faut-il des supermarchés en flux tiré ?',
    hint: 'Là où le flux doit s’interrompre (changements de série, processus éloignés ou partagés), quels supermarchés pilotent ce que l’amont produit ?',
  },
  pacemaker: {
    title: 'Quel processus unique est le processus régulateur ?',
    hint: 'Le seul point qui reçoit le programme client ; tout ce qui suit s’écoule, tout ce qui précède est tiré.',
  },
  levelMix: {
    title: 'Comment lisser le mix de production au processus régulateur ?',
    hint: 'Répartir les différents produits régulièrement sur la journée au lieu de les grouper en lots : comment, et avec quoi (une boîte de lissage) ?',
  },
  levelVolume: {
    title: 'Quel incrément de travail lancer et retirer au processus régulateur ?',
    hint: 'Le pitch : une petite quantité de travail constante (une quantité d’emballage multipliée par le takt) lancée et retirée à intervalles réguliers.',
  },
  processImprovements: {
    title: 'Quelles améliorations de processus faut-il ?',
    hint: 'Changement de série, disponibilité, qualité, contenu du travail : que faut-il améliorer pour que la chaîne de valeur s’écoule comme prévu ? Marquez chacune d’un éclair kaizen.',
  },
} satisfies CatalogueShape<typeof english, 'fr'>;
