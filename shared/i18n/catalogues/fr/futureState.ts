import type { CatalogueShape } from '../../catalogue-shape';
import type { futureState as english } from '../en/futureState';

export const futureState = {
  panel: {
    notSaved: 'La carte n’a pas pu être enregistrée à l’instant, l’action n’a donc pas été créée. Réessayez dans un moment.',
    tools: 'Outils de l’état futur',
    questions: 'Questions',
    questionsLabel: 'Questions de l’état futur',
    actions: 'Actions',
    merge_one: 'Fusionner {{count, number}} étape en une',
    merge_other: 'Fusionner {{count, number}} étapes en une',
    merge_many: 'Fusionner {{count, number}} étapes en une',
    mergeTitle: 'Fusionner les étapes sélectionnées en une seule, comme une cellule en flux continu',
    burst: 'Faire de ce chantier kaizen une action',
    burstTitle: 'Transformer le chantier kaizen sélectionné en action du plan',
    mergeHint: 'Sélectionnez deux étapes ou plus (Maj+clic) pour les fusionner en une cellule en flux (M).',
  },
  actions: {
    meta: '{{owner}} · {{due}}',
    noOwner: 'Sans responsable',
    noDate: 'sans date',
    status: 'Statut de « {{what}} »',
    loading: 'Chargement des actions…',
    intro:
      'Chaque chantier kaizen de cette carte devient une action : quoi, qui, pour quand. <plan>Ouvrez le plan d’actions</plan> pour les modifier toutes.',
    noBursts: 'Aucun chantier kaizen pour l’instant : ajoutez-en un avec K, sur ou à côté de l’étape qu’il améliore.',
    bursts: 'Chantiers kaizen',
    create: 'Créer une action',
    another: 'Autre action',
    createTitle: 'Créer une action à partir de ce chantier kaizen',
    others: 'Autres actions de cette carte',
  },
  questions: {
    loading: 'Chargement des réponses…',
    taktFromMap: 'D’après la demande et le temps de travail de la carte : <strong>{{takt}}</strong>',
    useTakt: 'Utiliser {{takt}}',
    noTakt: 'Renseignez la demande client et le temps de travail dans les paramètres de la carte pour calculer le takt time.',
    bursts_one: '{{count, number}} chantier kaizen sur cette carte —',
    bursts_other: '{{count, number}} chantiers kaizen sur cette carte —',
    bursts_many: '{{count, number}} chantiers kaizen sur cette carte —',
    toActions: 'en faire des actions',
    notSaved: 'Une réponse n’a pas été enregistrée : {{problem}}',
  },
} satisfies CatalogueShape<typeof english, 'fr'>;
