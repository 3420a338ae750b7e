import { afterEach, describe, expect, it } from 'vitest';
import { reportProgressText } from '../../../renderer/export/workshop-exports';
import { followUiLanguage } from '../../../renderer/ui-text/ui-text';

afterEach(() => followUiLanguage('en', 'en'));

describe('the PDF report’s progress, in the screen’s language', () => {
  it('words each stage the host reports, and keeps the file name and what the report page says it draws', () => {
    followUiLanguage('de', 'de-DE');
    const running = { running: true as const, workshopId: 'w' };
    expect(reportProgressText({ ...running, stage: 'opening', detail: '' })).toBe('Schritt 1 von 4: Die Berichtsseite wird geöffnet');
    expect(reportProgressText({ ...running, stage: 'drawing', detail: 'Karte 2 von 3' })).toBe('Schritt 2 von 4: Karte 2 von 3');
    expect(reportProgressText({ ...running, stage: 'printing', detail: '' })).toBe('Schritt 3 von 4: Die Seiten werden als PDF gedruckt');
    expect(reportProgressText({ ...running, stage: 'saving', detail: 'Acme.pdf' })).toBe('Schritt 4 von 4: Acme.pdf wird gespeichert');
    followUiLanguage('en', 'en');
    expect(reportProgressText({ ...running, stage: 'saving', detail: 'Acme.pdf' })).toBe('Step 4 of 4: Saving Acme.pdf');
    expect(reportProgressText({ running: false })).toBeNull();
  });
});
