import { describe, expect, it } from 'vitest';
import { localizedExample, templateChanges, templateExample } from '../../../shared/editing/map-templates';
import { vsmDayTemplate } from '../../../shared/facilitation/agenda-template';
import { defaultVotingSetup } from '../../../shared/facilitation/voting';
import { insertedContent } from '../../../shared/i18n/inserted-content';
import { LANGUAGES } from '../../../shared/i18n/languages';
import type { MapDocument } from '../../../shared/model/vsm-map';
import { computeMetrics } from '../../../shared/vsm';
import { exampleMap } from '../../../shared/vsm/examples/example-builder';

const TEMPLATES = ['learning-to-see', 'office'] as const;

function built(template: (typeof TEMPLATES)[number]): MapDocument {
  const example = templateExample(template);
  if (!example) throw new Error(`No example for ${template}`);
  return example.build();
}

/** Every word of a map a person reads: node texts, arrow labels, truck frequencies, units. */
function words(doc: MapDocument): string[] {
  return [
    doc.map.settings.demandUnit ?? '',
    ...doc.nodes.flatMap((node) => [
      node.text,
      node.kind === 'shipment' ? (node.shipment.frequency ?? '') : '',
      'inventory' in node ? (node.inventory.unit ?? '') : '',
    ]),
    ...doc.connectors.map((connector) => connector.label),
  ].filter((word) => word !== '');
}

describe('the words the app writes into a workshop, in the workshop’s language', () => {
  it.each(TEMPLATES)('the English catalogue holds %s’s words exactly as the worked example writes them', (template) => {
    expect(localizedExample(template, built(template), 'en')).toEqual(built(template));
  });

  it.each(TEMPLATES)('every language has a word for each text of %s, and none for a node or arrow it lacks', (template) => {
    const example = built(template);
    const ids = new Set([...example.nodes.map((node) => node.id), ...example.connectors.map((connector) => connector.id)]);
    for (const language of LANGUAGES) {
      const table = insertedContent(language).examples[template];
      for (const id of [...Object.keys(table.nodes), ...Object.keys(table.connectors), ...Object.keys(table.frequencies)])
        expect(ids, id).toContain(id);
      const localized = localizedExample(template, example, language);
      const english = words(example);
      expect(words(localized), language).toHaveLength(english.length);
      if (language !== 'en') {
        const untranslated = words(localized).filter((word, index) => word === english[index] && !/^(ERP|State Street\nAssembly.*)$/s.test(word));
        expect(
          untranslated.filter((word) => /[a-z]{4}/.test(word) && !word.startsWith('Michigan')),
          language,
        ).toEqual([]);
      }
    }
  });

  it('writes the stamping plant in German, with German figures in its texts, and keeps every figure of the engine', () => {
    const german = localizedExample('learning-to-see', built('learning-to-see'), 'de');
    const texts = german.nodes.map((node) => node.text);
    expect(texts).toEqual(
      expect.arrayContaining(['Schweißen 1', 'Montage 2', 'Stanzteile\n4.600 L · 2.400 R', 'State Street\nAssembly\n18.400 Stk./Monat']),
    );
    expect(german.connectors.map((connector) => connector.label)).toContain('Wochenplan');
    expect(german.map.settings.demandUnit).toBe('Stk.');
    const [germanFigures, englishFigures] = [german, built('learning-to-see')].map((doc) => computeMetrics(doc));
    expect([germanFigures?.leadTime, germanFigures?.processTime, germanFigures?.totalInventory]).toEqual([
      englishFigures?.leadTime,
      englishFigures?.processTime,
      englishFigures?.totalInventory,
    ]);
  });

  it('puts the German example on a map through the same change list as English, only the words differ', () => {
    const blank = exampleMap({ id: 'm', name: 'Ist-Zustand', state: 'current', derivedFromMapId: null, settings: {} }, [], []);
    let next = 0;
    const ids = () => `id-${(next += 1)}`;
    const german = templateChanges(blank, 'office', ids, 'de');
    next = 0;
    const english = templateChanges(blank, 'office', ids, 'en');
    expect(german.map((change) => change.op)).toEqual(english.map((change) => change.op));
    expect(JSON.stringify(german)).toContain('Bonitätsprüfung');
    expect(JSON.stringify(english)).toContain('Credit check');
    expect(templateChanges(blank, 'blank', ids, 'de')).toEqual([]);
  });

  it('gives the agenda template and the vote’s question in each language, with the same day plan', () => {
    expect(vsmDayTemplate('de').map((item) => item.title)).toEqual([
      'Auftakt',
      'Den Prozess ablaufen (Gemba)',
      'Den Ist-Zustand aufnehmen',
      'Mittagspause',
      'Verschwendung finden und abstimmen',
      'Den Soll-Zustand entwerfen',
      'Maßnahmen planen',
      'Abschluss',
    ]);
    expect(vsmDayTemplate('en')[0]).toEqual({
      title: 'Kick-off',
      plannedMinutes: 30,
      notes: 'Introductions, the sponsor’s why, scope (first and last step, the customer), ground rules.',
    });
    for (const language of LANGUAGES) {
      expect(vsmDayTemplate(language).map((item) => item.plannedMinutes)).toEqual([30, 60, 90, 45, 45, 90, 45, 15]);
      expect(vsmDayTemplate(language).filter((item) => item.notes === '')).toHaveLength(1);
    }
    expect(LANGUAGES.map((language) => defaultVotingSetup(language).title)).toEqual([
      'Biggest problems',
      'Größte Probleme',
      'Plus gros problèmes',
      'Mayores problemas',
    ]);
  });
});
