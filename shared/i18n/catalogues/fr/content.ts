import type { CatalogueShape } from '../../catalogue-shape';
import type { content as english } from '../en/content';

export const content = {
  agenda: {
    kickOff: {
      title: 'Lancement',
      notes: 'Tour de table, le pourquoi du commanditaire, périmètre (première et dernière étape, le client), règles du jeu.',
    },
    gemba: {
      title: 'Parcourir le processus (gemba)',
      notes: 'Suivre une pièce depuis le client en remontant ; noter les temps, les files d’attente, les transmissions et les reprises.',
    },
    currentState: {
      title: 'Cartographier l’état actuel',
      notes: 'Les étapes avec leurs données, les stocks et les attentes, les flux d’information, la ligne de temps.',
    },
    lunch: { title: 'Déjeuner' },
    waste: {
      title: 'Trouver les gaspillages et voter',
      notes: 'Éclairs kaizen et post-it sur les gaspillages ; vote par gommettes sur ce qui fait le plus mal.',
    },
    futureState: {
      title: 'Concevoir l’état futur',
      notes: 'Takt, flux, flux tiré, processus régulateur ; la carte de l’état futur et sa ligne de temps.',
    },
    actions: {
      title: 'Planifier les actions',
      notes: 'Responsables, dates et première expérience pour les problèmes les plus votés.',
    },
    close: { title: 'Clôture', notes: 'Récapitulatif, parking, retours, prochaines étapes et le rapport.' },
  },
  vote: {
    title: 'Plus gros problèmes',
  },
  examples: {
    'learning-to-see': {
      units: { pcs: 'pces' },
      nodes: {
        'acme-stamping': 'Emboutissage\npresse 200 t',
        'acme-weld-1': 'Soudage 1',
        'acme-weld-2': 'Soudage 2',
        'acme-assembly-1': 'Montage 1',
        'acme-assembly-2': 'Montage 2',
        'acme-inv-stamped': 'Pièces embouties\n4 600 G · 2 400 D',
        'acme-inv-weld-1': 'Après soudage 1\n1 100 G · 600 D',
        'acme-inv-weld-2': 'Après soudage 2\n1 600 G · 850 D',
        'acme-inv-assembly-1': 'Après montage 1\n1 200 G · 640 D',
        'acme-inv-staging': 'Zone d’expédition\n2 700 G · 1 440 D',
        'acme-shipping': 'Expédition',
        'acme-coils': 'Bobines\n5 jours',
        'acme-supplier': 'Michigan Steel Co.\nbobines de 500 ft',
        'acme-control': 'Pilotage de la production\nMRP',
        'acme-customer': 'State Street\nAssembly\n18 400 pces/mois',
        'acme-truck-in': 'Mar. + jeu.',
        'acme-truck-out': '1× par jour',
      },
      frequencies: {
        'acme-truck-in': '2× par semaine',
        'acme-truck-out': 'quotidien',
      },
      connectors: {
        'acme-i01': 'Prévisions à 90/60/30 jours · commande quotidienne',
        'acme-i02': 'Prévision à 6 semaines · fax hebdomadaire',
        'acme-i03': 'Programme hebdomadaire',
        'acme-i04': 'Programme hebdomadaire',
        'acme-i05': 'Programme hebdomadaire',
        'acme-i06': 'Programme hebdomadaire',
        'acme-i07': 'Programme hebdomadaire',
        'acme-i08': 'Programme d’expédition quotidien',
      },
    },
    office: {
      units: { orders: 'commandes' },
      nodes: {
        'office-requests': 'Demandes de commande\ne-mail, boutique en ligne, téléphone',
        'office-erp': 'Gestion des commandes\nERP',
        'office-customer': 'Client\n200 commandes/mois',
        'office-entry': 'Saisie de commande',
        'office-credit': 'Contrôle de crédit',
        'office-review': 'Revue technique',
        'office-scheduling': 'Planification',
        'office-invoicing': 'Facturation',
        'office-note-rework': 'La revue renvoie 3 commandes sur 10 pour spécifications manquantes',
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
} satisfies CatalogueShape<typeof english, 'fr'>;
