import type { CatalogueShape } from '../../catalogue-shape';
import type { exports as english } from '../en/exports';

export const exports = {
  working: '{{what}}…',
  open: 'Öffnen',
  closeMessage: 'Diese Meldung schließen',
  saved: '„{{fileName}}“ gespeichert ({{path}}).',
  downloaded: '„{{fileName}}“ heruntergeladen.',
  failed: '{{what}} fehlgeschlagen: {{error}}',
  reducedImage: 'Die Karte ist für ein Bild in {{ratio}}× zu groß; sie wurde in {{saved}}× gespeichert.',
  reportStep: 'Schritt {{step}} von {{steps}}: {{detail}}',
  reportStage: {
    opening: 'Die Berichtsseite wird geöffnet',
    printing: 'Die Seiten werden als PDF gedruckt',
    saving: '{{file}} wird gespeichert',
  },
  reportFileName: 'Bericht {{paper}}',
  starting: 'Wird gestartet',
  notDrawn: 'Die Karte konnte nicht gezeichnet werden.',
  clipboard: {
    unsupported: 'dieser Browser kann keine Bilder in die Zwischenablage legen',
    refused: 'Der Browser hat das Bild nicht in die Zwischenablage gelassen ({{refused}}). Speichern Sie die Karte stattdessen als PNG.',
  },
  imported: {
    plain: '„{{title}}“ importiert.',
    renamed: '„{{title}}“ importiert (ein anderer Workshop hatte schon diesen Titel).',
    upgraded: '{{imported}} Die Datei hatte das Dateiformat {{version}} und wurde auf den neuesten Stand gebracht.',
  },
  menu: {
    label: 'Exportieren ▾',
    title: 'Bericht, Bilder, Tabellen oder die Workshop-Datei speichern',
    pdf: 'PDF-Bericht ({{paper}})…',
    pdfTitle:
      'Der Bericht des Workshops für die Auftraggeber, auf {{paper}}-Papier: Karten, Kennzahlen, Abstimmungen, Vergleich, Antworten, Maßnahmen',
    pdfWorking: 'PDF-Bericht ({{paper}}) wird erstellt',
    preview: 'Vorschau des Berichts',
    previewTitle: 'Der Bericht, wie er gedruckt wird, in diesem Fenster',
    png: 'Diese Karte als PNG ({{ratio}}×)…',
    pngTitle: 'Ein Bild der ganzen Karte in {{ratio}}-facher Bildschirmgröße, auf Weiß',
    pngWorking: 'Karte wird als PNG ({{ratio}}×) gespeichert',
    copyImage: 'Diese Karte als Bild kopieren',
    copyImageTitle: 'Ein Bild der ganzen Karte in die Zwischenablage legen, zum Einfügen in eine Folie oder E-Mail',
    copyImageWorking: 'Karte wird kopiert',
    copied: 'Die Karte ist in der Zwischenablage.',
    csv: {
      figures: {
        label: 'Kennzahlen (CSV)…',
        title: 'Die Kennzahlen als Tabelle für eine Tabellenkalkulation',
        working: 'Kennzahlen werden als CSV gespeichert',
      },
      votes: {
        label: 'Abstimmungen (CSV)…',
        title: 'Die Abstimmungen als Tabelle für eine Tabellenkalkulation',
        working: 'Abstimmungen werden als CSV gespeichert',
      },
      actions: {
        label: 'Maßnahmenplan (CSV)…',
        title: 'Der Maßnahmenplan als Tabelle für eine Tabellenkalkulation',
        working: 'Maßnahmenplan wird als CSV gespeichert',
      },
    },
    workshopFile: 'Workshop-Datei…',
    workshopFileTitle:
      'Der ganze Workshop in einer Datei, zum Aufbewahren, Versenden oder Öffnen auf einem anderen Computer (Import in der Workshop-Liste)',
    workshopFileWorking: 'Workshop-Datei wird gespeichert',
  },
  csvFileNames: {
    figures: 'Kennzahlen',
    votes: 'Abstimmungen',
    actions: 'Maßnahmenplan',
  },
} satisfies CatalogueShape<typeof english, 'de'>;
