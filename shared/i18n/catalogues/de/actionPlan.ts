import type { CatalogueShape } from '../../catalogue-shape';
import type { actionPlan as english } from '../en/actionPlan';

export const actionPlan = {
  title: 'Maßnahmenplan',
  documentTitle: '{{workshop}} · Maßnahmenplan — {{app}}',
  count: {
    none: 'Noch keine Maßnahmen',
    some_one: '{{count, number}} Maßnahme, {{active, number}} noch offen',
    some_other: '{{count, number}} Maßnahmen, {{active, number}} noch offen',
  },
  notOpened: 'Der Maßnahmenplan konnte nicht geöffnet werden: {{problem}}',
  opening: 'Maßnahmenplan wird geöffnet…',
  noFutures:
    'Maßnahmen gehören zu Soll-Zustandskarten. Leiten Sie zuerst über das Kartenmenü einen Soll-Zustand ab und markieren Sie dann mit Kaizen-Blitzen, was besser werden muss.',
  empty: 'Noch keine Maßnahmen: Machen Sie aus einem Kaizen-Blitz eine oder fügen Sie oben eine hinzu.',
  delete: {
    title: 'Diese Maßnahme löschen?',
    message: '„{{what}}“ wird aus dem Maßnahmenplan entfernt.',
    confirm: 'Maßnahme löschen',
  },
  status: {
    open: 'Offen',
    'in-progress': 'In Arbeit',
    done: 'Erledigt',
    dropped: 'Verworfen',
  },
  columns: {
    what: 'Was',
    step: 'Verbesserter Schritt',
    owner: 'Verantwortlich',
    dueDate: 'Fällig',
    status: 'Status',
    map: 'Soll-Zustand',
  },
  sortBy: {
    what: 'Nach Maßnahme sortieren',
    step: 'Nach verbessertem Schritt sortieren',
    owner: 'Nach Verantwortlichen sortieren',
    dueDate: 'Nach Fälligkeit sortieren',
    status: 'Nach Status sortieren',
    map: 'Nach Soll-Zustand sortieren',
  },
  row: {
    notSaved: 'Nicht gespeichert',
    burstGone: 'Aus einem Kaizen-Blitz, der nicht mehr auf der Karte ist',
    ownBurst: 'Aus ihrem Kaizen-Blitz',
    namedBurst: 'Aus dem Kaizen-Blitz „{{label}}“',
    needsWhat: 'Eine Maßnahme muss sagen, was zu tun ist.',
    burstTitle: 'Der Kaizen-Blitz, aus dem diese Maßnahme stammt',
    stepGone: '(nicht mehr auf der Karte)',
    dueDate: 'Fälligkeitsdatum',
    overdue: 'Überfällig',
    deleteItem: 'Die Maßnahme „{{what}}“ löschen',
    deleteTitle: 'Diese Maßnahme löschen',
    delete: 'Löschen',
  },
  suggestions: {
    title: 'Kaizen-Blitze ohne Maßnahme',
    createTitle: 'Eine Maßnahme aus diesem Kaizen-Blitz auf „{{map}}“ anlegen',
  },
  new: {
    label: 'Neue Maßnahme',
    needsWhat: 'Geben Sie an, was zu tun ist.',
    whatPlaceholder: 'Was zu tun ist',
    add: 'Maßnahme hinzufügen',
  },
} satisfies CatalogueShape<typeof english, 'de'>;
