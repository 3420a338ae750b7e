import type { CatalogueShape } from '../../catalogue-shape';
import type { content as english } from '../en/content';

export const content = {
  agenda: {
    kickOff: {
      title: 'Auftakt',
      notes: 'Vorstellungsrunde, warum der Auftraggeber den Workshop will, Umfang (erster und letzter Schritt, der Kunde), Spielregeln.',
    },
    gemba: {
      title: 'Den Prozess ablaufen (Gemba)',
      notes: 'Einem Teil vom Kunden rückwärts folgen; Zeiten, Warteschlangen, Übergaben und Nacharbeit notieren.',
    },
    currentState: {
      title: 'Den Ist-Zustand aufnehmen',
      notes: 'Prozessschritte mit ihren Daten, Bestände und Wartezeiten, Informationsflüsse, die Zeitlinie.',
    },
    lunch: { title: 'Mittagspause' },
    waste: {
      title: 'Verschwendung finden und abstimmen',
      notes: 'Kaizen-Blitze und Haftnotizen an die Verschwendung; Punktabfrage, was am meisten schmerzt.',
    },
    futureState: {
      title: 'Den Soll-Zustand entwerfen',
      notes: 'Takt, Fluss, Pull, Schrittmacher; die Soll-Zustands-Karte und ihre Zeitlinie.',
    },
    actions: {
      title: 'Maßnahmen planen',
      notes: 'Verantwortliche, Termine und das erste Experiment für die Probleme mit den meisten Stimmen.',
    },
    close: { title: 'Abschluss', notes: 'Rückblick, Themenspeicher, Feedback, nächste Schritte und der Bericht.' },
  },
  vote: {
    title: 'Größte Probleme',
  },
  examples: {
    'learning-to-see': {
      units: { pcs: 'Stk.' },
      nodes: {
        'acme-stamping': 'Stanzen\n200-t-Presse',
        'acme-weld-1': 'Schweißen 1',
        'acme-weld-2': 'Schweißen 2',
        'acme-assembly-1': 'Montage 1',
        'acme-assembly-2': 'Montage 2',
        'acme-inv-stamped': 'Stanzteile\n4.600 L · 2.400 R',
        'acme-inv-weld-1': 'Nach Schweißen 1\n1.100 L · 600 R',
        'acme-inv-weld-2': 'Nach Schweißen 2\n1.600 L · 850 R',
        'acme-inv-assembly-1': 'Nach Montage 1\n1.200 L · 640 R',
        'acme-inv-staging': 'Vor dem Versand\n2.700 L · 1.440 R',
        'acme-shipping': 'Versand',
        'acme-coils': 'Coils\n5 Tage',
        'acme-supplier': 'Michigan Steel Co.\nCoils à 500 ft',
        'acme-control': 'Produktions-\nsteuerung\nMRP',
        'acme-customer': 'State Street\nAssembly\n18.400 Stk./Monat',
        'acme-truck-in': 'Di. + Do.',
        'acme-truck-out': '1× täglich',
      },
      frequencies: {
        'acme-truck-in': '2× pro Woche',
        'acme-truck-out': 'täglich',
      },
      connectors: {
        'acme-i01': 'Prognosen 90/60/30 Tage · tägliche Bestellung',
        'acme-i02': 'Prognose 6 Wochen · wöchentliches Fax',
        'acme-i03': 'Wochenplan',
        'acme-i04': 'Wochenplan',
        'acme-i05': 'Wochenplan',
        'acme-i06': 'Wochenplan',
        'acme-i07': 'Wochenplan',
        'acme-i08': 'Täglicher Versandplan',
      },
    },
    office: {
      units: { orders: 'Aufträge' },
      nodes: {
        'office-requests': 'Auftragsanfragen\nE-Mail, Webshop, Telefon',
        'office-erp': 'Auftragsverwaltung\nERP',
        'office-customer': 'Kunde\n200 Aufträge/Monat',
        'office-entry': 'Auftragserfassung',
        'office-credit': 'Bonitätsprüfung',
        'office-review': 'Technische Prüfung',
        'office-scheduling': 'Terminplanung',
        'office-invoicing': 'Rechnungsstellung',
        'office-note-rework': 'Die Prüfung schickt 3 von 10 Aufträgen wegen fehlender Angaben zurück',
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
} satisfies CatalogueShape<typeof english, 'de'>;
