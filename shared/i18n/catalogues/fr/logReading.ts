import type { CatalogueShape } from '../../catalogue-shape';
import type { logReading as english } from '../en/logReading';

export const logReading = {
  roleLabel: {
    caseId: 'Identifiant du cas',
    activity: 'Activité',
    timestamp: 'Horodatage (ou heure de fin)',
    startTimestamp: 'Heure de début (facultatif)',
    lifecycle: 'Cycle de vie (facultatif)',
    resource: 'Ressource (facultatif)',
  },
  roleName: {
    caseId: 'Identifiant du cas',
    activity: 'Activité',
    timestamp: 'Horodatage',
    startTimestamp: 'Heure de début',
    lifecycle: 'Cycle de vie',
    resource: 'Ressource',
  },
  chooseColumn: {
    caseId: 'Choisissez la colonne qui contient l’identifiant du cas.',
    activity: 'Choisissez la colonne qui contient l’activité.',
    timestamp: 'Choisissez la colonne qui contient l’horodatage (ou l’heure de fin).',
  },
  onePurpose: 'Chaque colonne ne peut servir qu’à un seul usage.',
  noTimedEvents: 'Le fichier ne contient aucun événement de début ou de fin : rien ne peut être mesuré.',
  noEvents: 'Le fichier ne contient aucun événement.',
  column: '« {{name}} »',
  columnAt: '« {{name}} » (colonne {{index}})',
  row: 'la ligne {{number}}',
  event: 'l’événement {{number}}',
  rowStart: 'Ligne {{number}}',
  eventStart: 'Événement {{number}}',
  timestampFormat: {
    iso: 'ISO 8601 (2026-03-14 09:30)',
    dayMonthYear: 'jour d’abord (14.03.2026 09:30)',
    monthDayYear: 'mois d’abord (03/14/2026 9:30 AM)',
    epochSeconds: 'secondes depuis 1970',
    epochMilliseconds: 'millisecondes depuis 1970',
  },
  moreRows_one: ' ({{count}} autre ligne semblable)',
  moreRows_many: ' ({{count}} d’autres lignes semblables)',
  moreRows_other: ' ({{count}} autres lignes semblables)',
  moreEvents_one: ' ({{count}} autre événement semblable)',
  moreEvents_many: ' ({{count}} d’autres événements semblables)',
  moreEvents_other: ' ({{count}} autres événements semblables)',
  missingValue: '{{where}} : la colonne {{column}} est vide{{more}}.',
  badTimestamp_one:
    '{{count}} horodatage de la colonne {{column}} n’a pas pu être lu au format {{format}} ; le premier est {{example}} à {{where}}. Choisissez le format du fichier.',
  badTimestamp_many:
    '{{count}} d’horodatages de la colonne {{column}} n’ont pas pu être lus au format {{format}} ; le premier est {{example}} à {{where}}. Choisissez le format du fichier.',
  badTimestamp_other:
    '{{count}} horodatages de la colonne {{column}} n’ont pas pu être lus au format {{format}} ; le premier est {{example}} à {{where}}. Choisissez le format du fichier.',
  backInTime:
    'Le cas {{caseId}} remonte le temps à {{where}} : {{time}} dans la colonne {{column}} précède {{previousTime}} à {{previousWhere}}{{more}}. Les événements d’un cas doivent être listés dans l’ordre où ils se sont produits.',
} satisfies CatalogueShape<typeof english, 'fr'>;
