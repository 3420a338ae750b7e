import type { CatalogueShape } from '../../catalogue-shape';
import type { vsm as english } from '../en/vsm';

export const vsm = {
  metric: {
    leadTime: 'Délai d’écoulement',
    processTime: 'Temps de traitement',
    expectedLeadTime: 'Délai d’écoulement avec reprises',
    expectedProcessTime: 'Temps de traitement avec reprises',
    unmappedWaiting: 'Attente non cartographiée',
    activityRatio: 'Taux de valeur ajoutée',
    rolledPercentCompleteAccurate: '%C&E cumulé (complet et exact)',
    totalInventory: 'Stock total',
    totalOperators: 'Opérateurs',
    taktTime: 'Takt time',
    bottleneckCycleTime: 'Temps de cycle du goulot',
    stepsOverTakt: 'Étapes plus lentes que le takt',
    stepCount: 'Étapes',
    handOffs: 'Transferts',
    reworkLoops: 'Boucles de reprise',
  },
  stepFigure: {
    cycleTime: 'Temps de cycle',
    processTime: 'Temps de traitement',
    leadTime: 'Délai',
    percentCompleteAccurate: '%C&E',
    operators: 'Opérateurs',
    taktRatio: 'Temps de cycle / takt',
  },
  parse: {
    duration: 'doit être une durée, par exemple {{examples}}',
    negative: 'ne peut pas être une durée négative',
    decimalPoint: 'doit utiliser un point décimal, par exemple {{example}}',
    unknownUnit: 'a une unité inconnue {{word}} ; utilisez {{units}}',
    unitForEvery: 'doit donner une unité pour chaque nombre, par exemple {{examples}}',
    tooLarge: 'est trop grand',
    number: 'doit être un nombre',
    or: '{{list}} ou {{last}}',
    readAs: 'Lu comme {{value}}.',
  },
  quoted: '« {{text}} »',
  andMore: '{{list}} et {{count}} autres',
  diagnostic: {
    demandNotSet:
      'La demande client n’est pas renseignée : le takt time ne peut pas être calculé et les quantités en stock ne peuvent pas être converties en jours. Saisissez la demande par période dans les paramètres de la carte.',
    workingDaysNotSet:
      'Le nombre de jours travaillés par période n’est pas renseigné : la demande journalière (et donc le takt time et la couverture des stocks) ne peut pas être calculée.',
    workingTimeNotSet:
      'Le temps de travail disponible par jour n’est pas renseigné : le takt time ne peut pas être calculé, et un jour compte pour 8 heures de travail en attendant.',
    processTimeMissing: '{{label}} n’a ni temps de traitement ni temps de cycle : son travail compte pour zéro dans les totaux.',
    leadTimeBelowProcessTime:
      '{{label}} a un délai plus court que son temps de traitement. Une étape ne peut pas finir avant que son travail soit fait ; son temps de traitement sert donc de délai. Vérifiez les deux valeurs.',
    overTakt: '{{label}} demande {{cycle}} par pièce, plus que le takt time de {{takt}} : elle ne peut pas suivre la demande client.',
    percentCompleteAccurateMissing: 'Le %C&E manque pour {{names}} ; le %C&E cumulé ne couvre que les étapes qui l’ont.',
    stockWithoutData: '{{label}} n’a ni quantité ni temps d’attente : il n’ajoute rien au délai d’écoulement.',
    inventoryNeedsDemand:
      '{{label}} contient {{quantity}}, mais sans la demande client journalière cela ne peut pas être converti en jours d’attente. Renseignez la demande et les jours travaillés, ou saisissez directement le temps d’attente.',
    noMaterialFlow:
      'Aucune flèche poussée, tirée ou FIFO ne relie encore les étapes : le délai et le temps de traitement ne peuvent pas être additionnés. Reliez les étapes dans l’ordre du flux.',
    notOnFlow:
      '{{label}} n’est pas relié au flux physique de la chaîne de valeur : son temps n’entre pas dans les totaux. Reliez-le par une flèche poussée, tirée ou FIFO.',
    severalCustomers:
      'La carte compte {{count}} clients ({{names}}). Une cartographie suit une famille de produits jusqu’à un client, et le takt time repose sur la demande unique de la carte.',
    reworkLoop:
      'Boucle de reprise : {{route}}. Le délai et le temps de traitement au premier passage comptent chaque étape une fois ; donnez un taux à la flèche de reprise (la part des pièces renvoyées) et les valeurs avec reprises comptent aussi les passages.',
    reworkNeverEnds:
      'Les flèches de reprise issues de {{label}} renvoient 100 % ou plus des pièces : aucune ne sortirait jamais et le délai avec reprises ne peut pas être calculé. Baissez leurs taux.',
    mappedAboveMeasured:
      'La carte totalise un délai de {{mapped}}, plus que les {{measured}} mesurés de la commande à la livraison. Vérifiez les stocks et les attentes du chemin critique : l’un est peut-être surévalué, ou le délai d’une étape inclut une file déjà dessinée avant elle.',
  },
} satisfies CatalogueShape<typeof english, 'fr'>;
